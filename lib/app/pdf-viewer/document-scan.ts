/**
 * Reads a PDF's text page by page and recognises it, in page order, independently of which
 * pages are drawn: the side panel lists the whole document's entities, and next/previous
 * reaches pages not yet in view. pdf.js extracts the text in its worker; what runs here per page
 * (joining the runs, one recogniser pass over a page of text) takes a millisecond or two, and
 * the main thread is given back after every page.
 */
import type { Mention } from '../../shared/recognizer';
import type { SliceClock } from '../../shared/slicer';
import type { DocumentMentions } from './document-mentions';
import { lacksText, pageText, type PageText } from './page-text';

/** What the scan needs of a pdf.js document. */
export interface TextSource {
  numPages: number;
  pageText(page: number): Promise<readonly unknown[]>;
}

export interface ScanReport {
  /** The longest stretch of main-thread work the scan did at once. */
  longestStepMs: number;
}

export async function scanDocument(
  source: TextSource,
  find: (text: string) => Promise<Mention[]>,
  store: DocumentMentions,
  clock: SliceClock,
  hooks: { onPage?(page: number, text: PageText): void; cancelled?(): boolean } = {},
): Promise<ScanReport> {
  let longestStepMs = 0;
  for (let page = 1; page <= source.numPages; page++) {
    if (hooks.cancelled?.()) break;
    const items = await source.pageText(page);
    let started = clock.now();
    const text = pageText(items);
    const hasText = !lacksText(text);
    longestStepMs = Math.max(longestStepMs, clock.now() - started);
    const mentions = hasText ? await find(text.text) : [];
    started = clock.now();
    store.setPage(page, mentions, hasText);
    hooks.onPage?.(page, text);
    longestStepMs = Math.max(longestStepMs, clock.now() - started);
    await clock.yieldToMain();
  }
  return { longestStepMs };
}
