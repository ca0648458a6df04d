import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { layoutFacts, saveScreenshot } from '../../harness/browser/layout';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';
import { PANEL_ARTICLE } from './scenarios';

declare const chrome: typeof Browser;

/**
 * Screenshots of the popup, the side panel and the options (written to tests/e2e/screenshots/)
 * in light and dark mode and at 320 px, the narrowest a side panel gets, with the layout fact
 * that matters there: nothing scrolls sideways.
 */
const LOOKS = [
  { name: 'light', width: 400, dark: false },
  { name: 'dark', width: 400, dark: true },
  { name: 'narrow', width: 320, dark: false },
] as const;

describe('the extension pages’ layout', () => {
  let b: ExtensionBrowser;
  let server: PageServer;
  let tab: number;
  const open: Page[] = [];

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({ '/article.html': PANEL_ARTICLE });
    const article = await b.context.newPage();
    await article.goto(`${server.url}article.html`);
    await article.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 20_000 });
    tab = await b.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, `${server.url}article.html`);
  });
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function page(path: string, look: (typeof LOOKS)[number]): Promise<Page> {
    const p = await b.context.newPage();
    open.push(p);
    await p.setViewportSize({ width: look.width, height: 700 });
    if (look.dark) await p.emulateMedia({ colorScheme: 'dark' });
    await p.goto(`chrome-extension://${b.extensionId}/${path}`);
    return p;
  }

  const noSidewaysScroll = async (p: Page, elements: Record<string, string>) => {
    const facts = await layoutFacts(p, { elements });
    expect(facts.documentOverflowsX).toBe(false);
    for (const [name, layout] of Object.entries(facts.elements)) expect({ name, overflowsX: layout?.overflowsX }).toEqual({ name, overflowsX: false });
    return facts;
  };

  for (const look of LOOKS) {
    it(`popup, ${look.name}: search results, a search with no result and a card fit without sideways scrolling`, async () => {
      const p = await page('popup.html', look);
      const box = p.getByRole('combobox', { name: 'Search the corpus' });
      await box.fill('group of governmental experts');
      await p.locator('.as-result').first().waitFor({ timeout: 20_000 });
      await noSidewaysScroll(p, { results: '.as-results', first: '.as-result' });
      await saveScreenshot(p, `popup-results-${look.name}`);
      await box.fill('oewg');
      await p.locator('.as-none').waitFor();
      await noSidewaysScroll(p, { none: '.as-none' });
      await saveScreenshot(p, `popup-no-result-${look.name}`);
      await p.goto(`chrome-extension://${b.extensionId}/popup.html?entity=un-gge`);
      await p.locator('.ac-card').waitFor({ timeout: 20_000 });
      await noSidewaysScroll(p, { card: '.ac-card', excerpts: '.ac-excerpts' });
      await saveScreenshot(p, `popup-card-${look.name}`);
    });

    it(`side panel, ${look.name}: the page's terms and an entity fit without sideways scrolling`, async () => {
      const p = await page(`sidepanel.html?tab=${tab}`, look);
      await p.locator('.sp-row').first().waitFor({ timeout: 20_000 });
      await noSidewaysScroll(p, { rows: '.sp-rows', row: '.sp-row' });
      await saveScreenshot(p, `side-panel-page-${look.name}`);
      await p.locator('[data-entity-id="budapest-convention"] .sp-details').click();
      await p.locator('.ac-card').waitFor();
      await noSidewaysScroll(p, { card: '.ac-card' });
      await saveScreenshot(p, `side-panel-entity-${look.name}`);
    });

    it(`options, ${look.name}: the settings and the team space fit without sideways scrolling`, async () => {
      const p = await page('options.html', look);
      await p.locator('.op-page').first().waitFor({ timeout: 20_000 });
      await p.locator('.ts-admin-help').waitFor({ timeout: 20_000 });
      await noSidewaysScroll(p, { page: '.op-page' });
      await p.screenshot({ path: (await saveScreenshot(p, `options-${look.name}`)), fullPage: true });
    });
  }

  it('the team-admin help and the source reader fit at 320 px', async () => {
    const look = LOOKS[2];
    const help = await page('team-admin.html', look);
    await noSidewaysScroll(help, { main: 'main' });
    await saveScreenshot(help, 'team-admin-narrow');
    const reader = await page('source.html?doc=001_140b32fc558893e9.txt&start=5000&end=5010', look);
    await reader.locator('mark.sr-passage').waitFor({ timeout: 20_000 });
    await noSidewaysScroll(reader, { text: '.sr-text' });
    await saveScreenshot(reader, 'source-reader-narrow');
  });
});
