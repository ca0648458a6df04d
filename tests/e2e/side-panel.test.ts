import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import { highlightTexts } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';
import { PANEL_ARTICLE, PANEL_ARTICLE_ROWS as EXPECTED_ROWS, readPanelRows } from './scenarios';

// Functions passed to serviceWorker.evaluate run in the extension's service worker.
declare const chrome: typeof Browser;

describe('the side panel in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let article: Page;
  let articleTab: number;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await servePages({
      '/article.html': PANEL_ARTICLE,
      '/plain.html': '<!doctype html><title>Weather</title><p>Rain in the morning, sun by the afternoon.</p>',
    });
    article = await browser.context.newPage();
    await article.goto(`${server.url}article.html`);
    // The content script has read the page once its highlights are registered.
    await article.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 20_000 });
    articleTab = await browser.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0]!.id!,
      `${server.url}article.html`,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPanel = async (query = '') => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html${query}`);
    return panel;
  };
  const rows = (panel: Page) => panel.evaluate(readPanelRows);

  it('lists the entities of the page by type with their mention counts', async () => {
    const panel = await openPanel(`?tab=${articleTab}`);
    await expect.poll(() => rows(panel).then((r) => [...r].sort()), { timeout: 20_000 }).toEqual([...EXPECTED_ROWS].sort());
    expect(await panel.locator('.sp-group-heading').allInnerTexts()).toEqual([
      expect.stringMatching(/^Organisations\s+2$/i),
      expect.stringMatching(/^People\s+1$/i),
      expect.stringMatching(/^Instruments\s+1$/i),
      expect.stringMatching(/^Concepts\s+1$/i),
    ]);
    expect(await panel.locator('.sp-page-title').innerText()).toBe('Talks in The Hague');
    await panel.close();
  });

  it('scrolls the page to the next mention of the chosen entity and flashes it', async () => {
    const panel = await openPanel(`?tab=${articleTab}`);
    const reveal = panel.locator('[data-entity-id="budapest-convention"] .sp-reveal');
    expect(await article.evaluate(() => scrollY)).toBe(0);
    // The first mention is near the top; the second lies 3000 pixels further down.
    await reveal.click();
    await expect.poll(() => highlightTexts(article)).toHaveProperty('flash', ['Budapest Convention on Cybercrime']);
    await reveal.click();
    await expect.poll(() => article.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => highlightTexts(article)).toHaveProperty('flash', ['Budapest Convention']);
    await panel.close();
  });

  it('follows the active tab of its window', async () => {
    const panel = await openPanel();
    // The panel, opened as a tab, is the active tab itself: a page Attaché does not read.
    await expect.poll(() => panel.locator('.sp-empty').innerText()).toContain('has not read this page');
    await browser.serviceWorker.evaluate((id) => chrome.tabs.update(id, { active: true }), articleTab);
    await expect.poll(() => rows(panel).then((r) => r.length), { timeout: 20_000 }).toBe(EXPECTED_ROWS.length);
    await panel.close();
  });

  it('opens the entity a selection names from the context menu, and a search for other text', async () => {
    const lookUp = (selectionText: string) =>
      browser.serviceWorker.evaluate(async (text) => {
        const handler = (globalThis as unknown as { attacheLookUp: (info: object) => Promise<void> }).attacheLookUp;
        await handler({ menuItemId: 'attache-look-up', selectionText: text, editable: false, pageUrl: 'https://example.org/' });
        const stored = (await chrome.storage.session.get('sidePanelTarget')).sidePanelTarget as { target?: unknown } | undefined;
        return stored?.target;
      }, selectionText);

    expect(await lookUp('Budapest Convention')).toEqual({ kind: 'entity', entityId: 'budapest-convention' });
    const panel = await openPanel(`?tab=${articleTab}`);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().innerText()).toBe('Budapest Convention');
    await expect.poll(() => panel.locator('.sp-stepper-label').innerText()).toBe('2 mentions on this page');

    expect(await lookUp('codes of conduct')).toEqual({ kind: 'search', query: 'codes of conduct' });
    const box = panel.getByRole('combobox', { name: 'Search the corpus' });
    await expect.poll(() => box.inputValue()).toBe('codes of conduct');
    await expect
      .poll(() => panel.getByRole('option').evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id'))))
      .toContain('sco-code-of-conduct');
    await panel.close();
  });

  it('counts mentions the page adds after loading', async () => {
    const panel = await openPanel(`?tab=${articleTab}`);
    // The look-up of the test before is recent enough to open this panel on its search.
    await panel.getByRole('button', { name: 'On this page' }).click();
    await expect.poll(() => rows(panel), { timeout: 20_000 }).toContain('li-baodong:1');
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'In a later session Li Baodong answered questions.';
      document.body.append(p);
    });
    await expect.poll(() => rows(panel), { timeout: 20_000 }).toContain('li-baodong:2');
    await panel.close();
  });

  it('says that a page read without finding anything has been read', async () => {
    const plain = await browser.context.newPage();
    await plain.goto(`${server.url}plain.html`);
    const plainTab = await browser.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0]!.id!,
      `${server.url}plain.html`,
    );
    const panel = await openPanel(`?tab=${plainTab}`);
    await panel.getByRole('button', { name: 'On this page' }).click();
    await expect.poll(() => panel.locator('.sp-empty').innerText(), { timeout: 20_000 }).toContain('found none of the terms');
    expect(await panel.locator('.sp-empty').innerText()).not.toContain('has not read');
    await panel.close();
    await plain.close();
  });
});
