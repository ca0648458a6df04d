import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import type { Corpus } from '../../lib/shared/corpus-format/corpus-schema';
import { accessibilityTree, dialogNames, findRole, type AccessibleNode } from '../../harness/browser/accessibility';
import { highlightTexts } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

declare const chrome: typeof Browser;

const PAGE = `<!doctype html><html><body>
  <button id="start">start</button>
  <p>APCERT ran a drill with national teams.</p>
  <p>Li Baodong spoke in Geneva.</p>
  <p style="margin-top: 1500px">The Budapest Convention was signed in 2001. APCERT again.</p>
</body></html>`;

const textOf = (node: AccessibleNode): string => [node.role === 'StaticText' ? node.name : '', ...node.children.map(textOf)].join('');

describe('moving through a page\'s terms', () => {
  let b: ExtensionBrowser;
  let server: PageServer;
  const entities = (JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')) as Corpus).entities;
  // Cards are titled by the short name; the announcement says the official one.
  const names = new Map(entities.map((e) => [e.id, e.shortName]));
  const officialNames = new Map(entities.map((e) => [e.id, e.name]));

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({ '/page.html': PAGE });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(): Promise<{ page: Page; tabId: number }> {
    const page = await b.context.newPage();
    const url = `${server.url}page.html?${Math.random()}`;
    await page.goto(url);
    // Only mentions near the viewport are painted: the first screen's.
    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toHaveProperty('person');
    const tabId = await b.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
    return { page, tabId };
  }

  it('shows the number of distinct entities on the toolbar badge and lists them for the side panel', async () => {
    const { page, tabId } = await open();
    await expect.poll(() => b.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
    const stored = await b.serviceWorker.evaluate((id) => chrome.storage.session.get(`tabMentions:${id}`), tabId);
    expect(stored[`tabMentions:${tabId}`]).toEqual({
      url: page.url(),
      entities: expect.arrayContaining([
        { id: 'apcert', count: 2, form: 'APCERT' },
        { id: 'li-baodong', count: 1, form: 'Li Baodong' },
        { id: 'budapest-convention', count: 1, form: 'Budapest Convention' },
      ]),
    });
    await page.close();
  });

  it('moves to the next mention on Alt+Shift+N, announces it and opens its card', async () => {
    const { page } = await open();
    await page.focus('#start');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => highlightTexts(page)).toHaveProperty('current', ['APCERT']);
    await expect.poll(() => dialogNames(b.context, page), { timeout: 10_000 }).toEqual([names.get('apcert')]);
    const status = findRole(await accessibilityTree(b.context, page), 'status').map(textOf);
    expect(status).toContain(`${officialNames.get('apcert')}, organization, 1 of 4`);

    // Focus is in the card now; the shortcut still moves on.
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => dialogNames(b.context, page)).toEqual([names.get('li-baodong')]);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => highlightTexts(page)).toHaveProperty('current', ['Budapest Convention']);
    // The third mention sat below the fold: it was scrolled into view.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    await page.close();
  });

  it('opens the card of the term under a resting pointer', async () => {
    const { page } = await open();
    const box = await page.evaluate(() => {
      const text = [...document.querySelectorAll('p')][1]!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Li Baodong'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => dialogNames(b.context, page), { timeout: 10_000 }).toEqual([names.get('li-baodong')]);
    await page.close();
  });

  it('reveals an entity\'s mentions when the side panel asks', async () => {
    const { page, tabId } = await open();
    const reveal = (id: string) =>
      b.serviceWorker.evaluate(([tab, entity]) => chrome.tabs.sendMessage(tab as number, { type: 'reveal-mention', entityId: entity, direction: 'next' }), [tabId, id] as const);
    expect(await reveal('budapest-convention')).toBe(true);
    expect((await highlightTexts(page))['flash']).toEqual(['Budapest Convention']);
    expect(await reveal('cicir')).toBe(false);
    await page.close();
  });
});
