import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';
import { readViewerHighlights, REPORT_HIGHLIGHTS, REPORT_PANEL_ROWS, REPORT_PDF } from '../../harness/pdf/report-fixture';

// Functions passed to serviceWorker.evaluate run in the extension's service worker.
declare const chrome: typeof Browser;

interface ViewerProbe {
  milestones: { scanned?: number; firstHighlights?: number };
}

describe('the PDF viewer in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let viewer: Page;
  let viewerUrl: string;
  const problems: string[] = [];
  const requests: string[] = [];

  const scanned = (page: Page) =>
    page.waitForFunction(() => (window as unknown as { attachePdfViewer?: ViewerProbe }).attachePdfViewer?.milestones.scanned !== undefined, undefined, {
      timeout: 30_000,
    });
  const scrollToPage = (page: Page, n: number) =>
    page.evaluate((n) => document.querySelector(`.pv-page[data-page="${n}"]`)!.scrollIntoView(), n);

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await servePages({ '/reports/report.pdf': REPORT_PDF, '/other/report.pdf': REPORT_PDF });
    viewerUrl = `chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(`${server.url}reports/report.pdf`)}`;
    viewer = await browser.context.newPage();
    viewer.on('console', (message) => {
      // pdf.js falls back to a "fake worker" on the main thread when its worker cannot load.
      if (message.type() === 'error' || /fake worker|Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    viewer.on('pageerror', (error) => problems.push(error.message));
    viewer.on('request', (request) => requests.push(request.url()));
    viewer.on('worker', (worker) => requests.push(worker.url()));
    await viewer.goto(viewerUrl);
    await scanned(viewer);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights the labelled terms on their pages, joining split and hyphenated words', async () => {
    // Pages are drawn near the viewport: page 4 once it is scrolled to.
    await expect.poll(() => viewer.evaluate(readViewerHighlights).then((h) => [h[1], h[2]])).toEqual([REPORT_HIGHLIGHTS[1], REPORT_HIGHLIGHTS[2]]);
    await scrollToPage(viewer, 4);
    await expect.poll(() => viewer.evaluate(readViewerHighlights).then((h) => h[4])).toEqual(REPORT_HIGHLIGHTS[4]);
    expect(Object.keys(await viewer.evaluate(readViewerHighlights)).sort()).not.toContain('3');
  });

  it('says which pages have no text', async () => {
    expect(await viewer.locator('#pv-status').innerText()).toMatch(/4 pages read.*no text on page 3\b/);
  });

  it('opens the card of a term that is clicked', async () => {
    await scrollToPage(viewer, 1);
    const point = await viewer.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (name !== 'attache-pdf-organization') continue;
        for (const r of highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const page = r.startContainer.parentElement!.closest<HTMLElement>('.pv-page')!.dataset.page;
          if (page !== '1') continue;
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return undefined;
    });
    expect(point).toBeDefined();
    await viewer.mouse.click(point!.x, point!.y);
    const cardName = () => viewer.locator('.pv-card[role="dialog"] .ac-name').allInnerTexts();
    await expect.poll(cardName, { timeout: 10_000 }).toEqual(['APCERT']);
    await viewer.keyboard.press('Escape');
    await expect.poll(() => viewer.locator('.pv-card').count()).toBe(0);
  });

  it('moves to the next term with Alt+Shift+N, across pages, and opens its card', async () => {
    await scrollToPage(viewer, 1);
    const current = () =>
      viewer.evaluate(() => {
        const highlight = CSS.highlights.get('attache-pdf-current');
        const r = highlight && [...highlight][0];
        if (!r) return undefined;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return `${r.startContainer.parentElement!.closest<HTMLElement>('.pv-page')!.dataset.page}: ${range.toString()}`;
      });
    const steps: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const before = await current();
      await viewer.keyboard.press('Alt+Shift+N');
      await expect.poll(current).not.toBe(before);
      steps.push(await current());
      await expect.poll(() => viewer.locator('.pv-card[role="dialog"] .ac-name').count()).toBe(1);
      await viewer.keyboard.press('Escape');
    }
    // The click above left the reader at APCERT on page 1.
    expect(steps).toEqual(['2: Budapest Convention', '2: confidence-building measures', '4: CICIR', '4: APCERT']);
  });

  it("lists the document's entities with their pages in the side panel, and reveals a mention there", async () => {
    const tabId = await browser.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, viewerUrl);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const rows = () =>
      panel.evaluate(() =>
        [...document.querySelectorAll('.sp-row')]
          .map((el) => `${el.getAttribute('data-entity-id')}:${el.getAttribute('data-count')}:${el.querySelector('.sp-row-pages')?.textContent ?? ''}`)
          .sort(),
      );
    await expect.poll(rows, { timeout: 20_000 }).toEqual(REPORT_PANEL_ROWS);

    await scrollToPage(viewer, 1);
    await panel.locator('[data-entity-id="cicir"] .sp-reveal').click();
    const flashed = () =>
      viewer.evaluate(() => {
        const highlight = CSS.highlights.get('attache-pdf-flash');
        const r = highlight && [...highlight][0];
        return r && `${r.startContainer.parentElement!.closest<HTMLElement>('.pv-page')!.dataset.page}: ${r.startContainer.textContent!.slice(r.startOffset, r.endOffset)}`;
      });
    await expect.poll(flashed).toBe('4: CICIR');
    await panel.close();
  });

  it('loads its worker, fonts and code from the extension only, without errors', () => {
    const foreign = requests.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`) && !url.startsWith(server.url));
    expect(foreign).toEqual([]);
    expect(requests).toContain(`chrome-extension://${browser.extensionId}/pdfjs/pdf.worker.min.mjs`);
    expect(problems).toEqual([]);
  });

  it('opens a PDF in the viewer when a tab goes to its address and the option is on', async () => {
    await browser.serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), openPdfs: true } });
    });
    const tab = await browser.context.newPage();
    const pdfUrl = `${server.url}other/report.pdf`;
    await tab.goto(pdfUrl).catch(() => undefined);
    await expect.poll(() => tab.url(), { timeout: 20_000 }).toBe(
      `chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(pdfUrl)}`,
    );
    await scanned(tab);
    expect(await tab.locator('#pv-status').innerText()).toMatch(/4 pages read/);
    await tab.close();
  });
});
