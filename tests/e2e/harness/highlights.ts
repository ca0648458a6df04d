import type { Page, Worker } from 'playwright-core';

/**
 * The text of every range in each `attache-*` highlight of the page, sorted, read from the
 * page's CSS.highlights registry (shared with the content script's world). Runs in the page:
 * pass it to a driver's evaluate (Playwright in Chromium, puppeteer in Firefox).
 */
export function readHighlightTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('attache-') || highlight.size === 0) continue;
    out[name] = [...highlight]
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
      .sort();
  }
  return out;
}

export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlightTexts);
}

/** Whether the content script has started on the page (it sets this performance mark). */
export function contentScriptStarted(page: Page): Promise<boolean> {
  return page.evaluate(() => performance.getEntriesByName('attache:start').length > 0);
}

/** The part of the extension API these helpers call inside the service worker. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } };
};

/** Writes settings as the options page would; content scripts follow them without a reload. */
export async function storeSettings(serviceWorker: Worker, settings: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** Back to the defaults. */
export async function clearSettings(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
}
