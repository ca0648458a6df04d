/**
 * Bundled into the page of the `note-marks` benchmark: a 1 MB article, 500 team notes quoting
 * it, the page then edited (words changed, typography changed, passages removed), and the
 * notes marked as the content script marks them (`NoteMarks`), in slices, with the longest main-thread task
 * recorded by a `longtask` observer and by the slicer. The former way, one note per call
 * in one go (each call folding the page again), is
 * timed on the same text with `anchorPassagesNow` for comparison.
 */
import { seededRandom } from '../../harness/seeded-random';
import { NoteMarks } from '../../lib/page/note-marks/note-marks';
import { anchorPassagesNow } from '../../lib/page/note-marks/anchor-passages';
import { browserClock } from '../../lib/shared/slicer';
import type { NotePassage } from '../../lib/shared/note-passages';

export interface MarksTiming {
  pageChars: number;
  notes: number;
  marked: number;
  orphaned: number;
  byStrategy: Record<string, number>;
  /** From asking for the marks to all of them painted. */
  totalMs: number;
  /** Main-thread work only (the slicer's sum of slices). */
  workMs: number;
  longestSliceMs: number;
  longestTaskMs: number;
  /** `anchorPassagesNow` per note, one synchronous loop. */
  formerMs: number;
}

declare global {
  interface Window {
    markNotes(paragraphs: string[], notes: number): Promise<MarksTiming>;
  }
}

window.markNotes = async (paragraphs, count) => {
  const random = seededRandom(19);
  // About 1 MB of text in paragraphs.
  const texts: string[] = [];
  for (let size = 0, i = 0; size < 1_000_000; i += 1) {
    // The source paragraphs repeat; a numbered marker every few words keeps each copy apart.
    const words = paragraphs[i % paragraphs.length]!.split(' ');
    const text = words.map((word, k) => (k % 6 === 5 ? `${word} [${i}]` : word)).join(' ');
    texts.push(text);
    size += text.length;
  }
  document.body.replaceChildren(
    ...texts.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
  const elements = [...document.querySelectorAll('p')];

  // Notes on passages of 40-200 characters, with 64 characters of context each side.
  const passages: NotePassage[] = [];
  const edits: Array<() => void> = [];
  for (let n = 0; n < count; n += 1) {
    const index = Math.floor(random() * texts.length);
    const text = texts[index]!;
    const length = 40 + Math.floor(random() * 160);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const quote = text.slice(start, start + length).trim();
    if (quote === '') continue;
    passages.push({ key: `n${n}`, quote, prefix: text.slice(Math.max(0, start - 64), start), suffix: text.slice(start + length, start + length + 64), count: 1, authors: ['A'] });
    const p = elements[index]!;
    const kind = random();
    // 80 % untouched; the rest: a word retyped, case and spacing changed, or the passage gone.
    if (kind < 0.8) continue;
    if (kind < 0.9) edits.push(() => (p.textContent = p.textContent!.replace(quote, quote.replace(/\b(\w)(\w+)\b/, '$2$1'))));
    else if (kind < 0.95) edits.push(() => (p.textContent = p.textContent!.replace(quote, quote.toUpperCase().replace(/ /g, '  '))));
    else edits.push(() => (p.textContent = p.textContent!.replace(quote, '')));
  }
  for (const edit of edits) edit();

  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });

  const marks = new NoteMarks({
    doc: document,
    registry: CSS.highlights,
    createHighlight: () => new Highlight(),
    name: 'benchnotes',
    makeRange: (bounds) => new StaticRange(bounds),
    clock: browserClock(window),
  });
  const t0 = performance.now();
  const state = await marks.show(passages);
  // Let the highlight paint before reading the clock and the observer.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const totalMs = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();

  const byStrategy: Record<string, number> = { orphaned: state.orphaned.length };
  for (const mark of state.marked) byStrategy[mark.strategy] = (byStrategy[mark.strategy] ?? 0) + 1;
  const pageText = texts.length > 0 ? [...elements].map((p) => p.textContent).join('') : '';
  const f0 = performance.now();
  for (const passage of passages) anchorPassagesNow(pageText, [passage]);
  const formerMs = performance.now() - f0;
  marks.hide();
  return {
    pageChars: pageText.length,
    notes: passages.length,
    marked: state.marked.length,
    orphaned: state.orphaned.length,
    byStrategy,
    totalMs,
    workMs: state.work.workMs,
    longestSliceMs: state.work.longestSliceMs,
    longestTaskMs,
    formerMs,
  };
};
