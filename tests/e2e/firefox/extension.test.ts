import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import type { PageNames } from '../../../lib/shared/page-names';
import { cardElement, cardNames, clickNode, textOf } from '../../../harness/browser/firefox-dom';
import { readHighlightTexts } from '../../../harness/browser/highlights';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../../harness/browser/launch-firefox';
import { servePages, type PageServer } from '../../../harness/browser/serve-pages';
import {
  CARD_ARTICLE,
  FORMS_ARTICLE,
  FORMS_ARTICLE_HIGHLIGHTS,
  PANEL_ARTICLE,
  PANEL_ARTICLE_ROWS,
  readPanelRows,
  termCentre,
  TYPO_SEARCH,
} from '../scenarios';

/** The part of Firefox's extension API the tests call from an extension page. */
interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; update(id: number, p: object): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  sidebarAction: { isOpen(d: object): Promise<boolean> };
  extension: { getViews(d: { type: string }): Window[] };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
  scripting: {
    executeScript(d: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
}
declare const browser: ExtensionApi;

describe('the Firefox build in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  let server: PageServer;
  /** An extension page kept open to call extension APIs from. */
  let ext: Page;
  const corpus = JSON.parse(readFileSync('.output/firefox-mv3/corpus.json', 'utf8')) as Corpus;
  const nameOf = (id: string) => corpus.entities.find((e) => e.id === id)!.shortName;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    server = await servePages({ '/forms.html': FORMS_ARTICLE, '/card.html': CARD_ARTICLE, '/panel.html': PANEL_ARTICLE });
    ext = await ff.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  const tabIdOf = (url: string) =>
    ext.evaluate(async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id, url);
  /**
   * The names the content script drew for this page load. They live in the extension's
   * content-script world, which scripts injected by the extension share and the page does not.
   */
  const namesIn = async (page: Page): Promise<PageNames | undefined> => {
    const tabId = await tabIdOf(page.url());
    if (tabId === undefined) return undefined;
    return ext.evaluate(async (tabId) => {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => (globalThis as { attacheInPage?: { names: unknown } }).attacheInPage?.names,
      });
      return injection?.result as PageNames | undefined;
    }, tabId);
  };
  const highlights = async (page: Page) => {
    const names = await namesIn(page);
    return names ? page.evaluate(readHighlightTexts, names.highlights) : {};
  };
  const cardTagOf = async (page: Page) => {
    const names = await namesIn(page);
    if (!names) throw new Error('the content script has not started on this page');
    return names.cardTag;
  };
  const cardsShowing = async (page: Page) => cardNames(page, await cardTagOf(page));

  async function hover(page: Page, term: string) {
    const { x, y } = await page.evaluate(termCentre, term);
    await page.mouse.move(x - 4, y);
    await page.mouse.move(x, y);
  }

  it('sets up its background: the notes-sync alarm is scheduled', async () => {
    const alarm = () => ext.evaluate(async () => (await browser.alarms.get('attache-notes-sync'))?.periodInMinutes);
    await expect.poll(alarm, { timeout: 10_000 }).toBe(1);
  });

  it('opens the welcome page once on install, its sample terms marked by type', async () => {
    const welcomeTabs = () =>
      ext.evaluate(async () => (await browser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html')).length);
    await expect.poll(welcomeTabs, { timeout: 20_000 }).toBe(1);
    const welcome = await ff.openExtensionPage('welcome.html');
    const types = () => welcome.$$eval('.wl-term', (els) => els.map((el) => el.getAttribute('data-entity-type')));
    await expect.poll(() => types().then((t) => new Set(t).size), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    await welcome.close();
  });

  it('highlights known terms by type, and nothing inside form fields, scripts or editable text', async () => {
    const page = await ff.open(`${server.url}forms.html`);
    await expect.poll(() => highlights(page), { timeout: 20_000 }).toEqual(FORMS_ARTICLE_HIGHLIGHTS);
    await page.close();
  });

  it('opens the card of the hovered term, and of a clicked term with focus inside', async () => {
    const page = await ff.open(`${server.url}card.html`);
    await expect.poll(() => highlights(page), { timeout: 20_000 }).toHaveProperty('organization', ['CICIR', 'CSIS']);
    await page.bringToFront();
    await hover(page, 'CSIS');
    await expect.poll(() => cardsShowing(page), { timeout: 10_000 }).toEqual([nameOf('csis')]);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardsShowing(page)).toEqual([]);

    const { x, y } = await page.evaluate(termCentre, 'CICIR');
    await page.mouse.click(x, y);
    await expect.poll(() => cardsShowing(page), { timeout: 10_000 }).toEqual([nameOf('cicir')]);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe((await cardTagOf(page)).toUpperCase());
    await page.close();
  });

  it('counts the distinct terms of the page on the toolbar badge', async () => {
    const page = await ff.open(`${server.url}panel.html`);
    const tabId = await tabIdOf(`${server.url}panel.html`);
    await expect
      .poll(() => ext.evaluate((tabId) => browser.action.getBadgeText({ tabId }), tabId!), { timeout: 20_000 })
      .toBe(String(PANEL_ARTICLE_ROWS.length));
    await page.close();
  });

  it('lists the entities of the page in the sidebar’s On this page', async () => {
    const page = await ff.open(`${server.url}panel.html`);
    const tabId = await tabIdOf(`${server.url}panel.html`);
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.evaluate(readPanelRows).then((r) => r.sort()), { timeout: 20_000 }).toEqual([...PANEL_ARTICLE_ROWS].sort());
    await panel.close();
    await page.close();
  });

  it('finds an entity through a typo in the popup and opens it with the keyboard', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await popup.waitForSelector('[role="combobox"]');
    await popup.focus('[role="combobox"]');
    await popup.keyboard.type(TYPO_SEARCH.typed);
    const first = () => popup.evaluate(() => document.querySelector('[role="option"]')?.getAttribute('data-entity-id'));
    await expect.poll(first, { timeout: 10_000 }).toBe(TYPO_SEARCH.entityId);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.querySelector('h2')?.textContent)).toBe(TYPO_SEARCH.heading);
    await popup.close();
  });

  it('applies a change made on the options page to open pages', async () => {
    const page = await ff.open(`${server.url}forms.html`);
    await expect.poll(() => highlights(page), { timeout: 20_000 }).toEqual(FORMS_ARTICLE_HIGHLIGHTS);
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('label');
    const organisation = (await options.evaluateHandle(() =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Organisation')?.querySelector('input'),
    )) as unknown as ElementHandle<HTMLInputElement>;
    await organisation.click();
    const { 'organization': _, ...rest } = FORMS_ARTICLE_HIGHLIGHTS;
    await expect.poll(() => highlights(page)).toEqual(rest);
    await organisation.click();
    await expect.poll(() => highlights(page)).toEqual(FORMS_ARTICLE_HIGHLIGHTS);
    await options.close();
    await page.close();
  });

  it('opens the popup on the entity from a card while the sidebar is closed, and the sidebar from there', async () => {
    const sidebarOpen = () => ext.evaluate(() => browser.sidebarAction.isOpen({}));
    const target = () => ext.evaluate(async () => (await browser.storage.session.get('sidePanelTarget')).sidePanelTarget);
    const popupHeading = () =>
      ext.evaluate(() => browser.extension.getViews({ type: 'popup' }).map((w) => w.document.querySelector('h2')?.textContent));
    expect(await sidebarOpen()).toBe(false);
    const page = await ff.open(`${server.url}card.html`);
    await expect.poll(() => highlights(page), { timeout: 20_000 }).toHaveProperty('organization', ['CICIR', 'CSIS']);
    await page.bringToFront();
    const openCard = async () => {
      const { x, y } = await page.evaluate(termCentre, 'CICIR');
      await page.mouse.click(x, y);
      await expect.poll(() => cardsShowing(page), { timeout: 10_000 }).toEqual([nameOf('cicir')]);
    };
    const button = async (label: string) =>
      cardElement(page, await cardTagOf(page), `button "${label}"`, (n) => n.value?.localName === 'button' && textOf(n).trim() === label);

    await openCard();
    await clickNode(page, await button('Open in side panel'));
    // Firefox refuses to open the sidebar from a page's click: the popup opens on the entity.
    await expect.poll(popupHeading, { timeout: 10_000 }).toEqual([nameOf('cicir')]);
    expect(await target()).toMatchObject({ target: { kind: 'entity', entityId: 'cicir', intent: 'view' } });
    await expect.poll(() => cardsShowing(page)).toEqual([]);

    // The popup's own button is a click in an extension page, which may open the sidebar.
    const popup = await ff.openExtensionPage('popup.html?entity=cicir');
    const inPopup = await popup.waitForSelector('::-p-text(Open in side panel)');
    await inPopup!.click();
    await expect.poll(sidebarOpen).toBe(true);
    await popup.close();

    // With the sidebar open, the card's request is enough: the sidebar follows the stored target.
    await page.bringToFront();
    await openCard();
    await clickNode(page, await button('Add a note'));
    await expect.poll(target).toMatchObject({ target: { kind: 'entity', entityId: 'cicir', intent: 'add-note' } });
    await expect.poll(() => cardsShowing(page)).toEqual([]);
    await page.close();
  });

  it('reports no error or warning of the extension', () => {
    expect(ff.extensionProblems()).toEqual([]);
  });
});
