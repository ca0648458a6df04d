/**
 * The text of one PDF page as the recogniser reads it, built from pdf.js's text items the way
 * its text layer lays them out: one span per item, a line break after an item that ends a
 * line. Items on a line are joined with nothing between them (pdf.js inserts the spaces it
 * sees as gaps), so a word the PDF split over two items reads whole; a line end is "\n", where
 * the recogniser joins a hyphenated word ("multi-\nstakeholder") as it does on web pages.
 */

/** What pdf.js gives for a run of text (`TextItem`); marked-content entries have no `str`. */
export interface TextRun {
  str: string;
  hasEOL: boolean;
}

export interface PageText {
  text: string;
  /** Offset in `text` where each run starts, in the order of the runs (and of the layer's spans). */
  runStarts: number[];
  /** Length of each run's own text (the "\n" after it is not part of it). */
  runLengths: number[];
}

export const isTextRun = (item: unknown): item is TextRun =>
  typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string';

export function pageText(items: readonly unknown[]): PageText {
  let text = '';
  const runStarts: number[] = [];
  const runLengths: number[] = [];
  for (const item of items) {
    if (!isTextRun(item)) continue;
    runStarts.push(text.length);
    runLengths.push(item.str.length);
    text += item.hasEOL ? `${item.str}\n` : item.str;
  }
  return { text, runStarts, runLengths };
}

/** A page the PDF gives no text for (a scan, a drawing): said to be missing, not empty. */
export const lacksText = (page: PageText): boolean => !/\S/.test(page.text);

/** A position inside one run: which run, and how far into it. */
export interface RunPoint {
  run: number;
  offset: number;
}

/**
 * Where a text offset falls among the runs that have text (an empty run has no text node in
 * the layer). A boundary between two runs belongs to the run after it for a mention's start
 * and to the run before it for its end; a start on a line break moves to the next line.
 */
export function runPoint(page: PageText, position: number, side: 'start' | 'end'): RunPoint | undefined {
  const { runStarts, runLengths } = page;
  for (let run = 0; run < runStarts.length; run++) {
    const start = runStarts[run]!;
    const length = runLengths[run]!;
    if (length === 0) continue;
    if (side === 'start' ? position < start + length && position >= start : position > start && position <= start + length) {
      return { run, offset: position - start };
    }
    if (side === 'start' && start > position) return { run, offset: 0 };
  }
  return undefined;
}
