import type { Page, Worker } from 'playwright-core';
import { inContentWorld } from './content-world';

/**
 * Runs in the page: the text of every range in each highlight of `names` (what a highlight
 * stands for: entity type, `current`, `flash` → its name on this page load), sorted. The
 * registry is the page's CSS.highlights, shared with the content script, so the page world
 * reads it; the names, random per page load, come from the content script's world. Pass it to
 * a driver's evaluate (Playwright in Chromium, puppeteer in Firefox).
 */
export function readHighlightTexts(names: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, name] of Object.entries(names)) {
    const highlight = CSS.highlights.get(name);
    if (!highlight || highlight.size === 0) continue;
    out[key] = [...highlight]
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

/** The highlights of a page in Chromium, as readHighlightTexts gives them. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  const names = await inContentWorld<Record<string, string>>(page, 'globalThis.attacheInPage?.names.highlights');
  return names ? page.evaluate(readHighlightTexts, names) : {};
}

/** The tag the content script gives its elements on this page (card host, live region, notice). */
export async function ownTags(page: Page): Promise<{ cardTag: string; announcerTag: string; noticeTag: string }> {
  const tags = await inContentWorld<{ cardTag: string; announcerTag: string; noticeTag: string }>(
    page,
    `(({ cardTag, announcerTag, noticeTag }) => ({ cardTag, announcerTag, noticeTag }))(globalThis.attacheInPage.names)`,
  );
  if (!tags) throw new Error('the content script has not started on this page');
  return tags;
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

/** The milestones the content script has reached on this page (see entrypoints/in-page/probe.ts); none if it has not run. */
export async function contentScriptMarks(page: Page): Promise<string[]> {
  return (await inContentWorld<string[]>(page, `Object.keys(globalThis.attacheInPage?.marks ?? {})`)) ?? [];
}
