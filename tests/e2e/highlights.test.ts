import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';
import { clearSettings, contentScriptMarks, highlightTexts, storeSettings } from '../../harness/browser/highlights';
import { FORMS_ARTICLE, FORMS_ARTICLE_HIGHLIGHTS } from './scenarios';

const LATER = `<!doctype html><html><body>
  <p id="first">APCERT ran a drill.</p>
</body></html>`;

describe('highlights in real Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  const pages: Page[] = [];
  const open = async (url: string) => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(url);
    return page;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await servePages({ '/article.html': FORMS_ARTICLE, '/later.html': LATER });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
    await clearSettings(browser.serviceWorker);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights known terms by type, and nothing inside form fields, scripts or editable text', async () => {
    const page = await open(`${server.url}article.html`);
    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toEqual(FORMS_ARTICLE_HIGHLIGHTS);
  });

  it('highlights content the page adds later', async () => {
    const page = await open(`${server.url}later.html`);
    // The page as loaded is read first; what it adds after that only a watch on changes finds.
    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toEqual({ 'organization': ['APCERT'] });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the China Institutes of Contemporary International Relations (CICIR) hosted a workshop.';
      document.body.append(p);
    });
    await expect
      .poll(() => highlightTexts(page), { timeout: 20_000 })
      .toEqual({ 'organization': ['APCERT', 'CICIR', 'China Institutes of Contemporary International Relations'] });
  });

  it('highlights nothing on a site switched off, and starts when it is switched on again', async () => {
    await storeSettings(browser.serviceWorker, { disabledSites: ['127.0.0.1'] });
    const off = await open(`${server.url}article.html`);
    // The same page under another host name is another site, still on: once it is highlighted,
    // the content script of the first page has had as long to act.
    const on = await open(`${server.url.replace('127.0.0.1', 'localhost')}article.html`);
    await expect.poll(() => highlightTexts(on), { timeout: 20_000 }).not.toEqual({});
    // The script ran and read the settings, and built nothing: no recogniser asked for, no text
    // read, no highlight registered.
    expect(await contentScriptMarks(off)).toEqual(['loaded']);
    expect(await highlightTexts(off)).toEqual({});

    await storeSettings(browser.serviceWorker, { disabledSites: [] });
    await expect.poll(() => highlightTexts(off), { timeout: 20_000 }).not.toEqual({});
  });

  it('applies changed settings to open pages without a reload', async () => {
    const page = await open(`${server.url}article.html`);
    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toHaveProperty('organization');
    await storeSettings(browser.serviceWorker, {
      highlightTypes: ['person', 'instrument'],
      hiddenEntities: { '127.0.0.1': ['budapest-convention'] },
    });
    await expect.poll(() => highlightTexts(page)).toEqual({ 'person': ['Li Baodong'] });
    await storeSettings(browser.serviceWorker, { enabled: false });
    await expect.poll(() => highlightTexts(page)).toEqual({});
  });

  it('follows a change made on the options page', async () => {
    const page = await open(`${server.url}article.html`);
    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toHaveProperty('organization');
    const options = await open(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Organisation').uncheck();
    await expect.poll(() => highlightTexts(page)).toEqual({
      'person': ['Li Baodong'],
      'instrument': ['Budapest Convention'],
    });
  });
});
