import type { Mention, Recognizer } from '../recognizer/index';

/**
 * Mentions that stay inside one block of text whose blocks are separated by "\n" (the visible
 * text of a page). The recogniser reads any run of spaces, line breaks and punctuation as one
 * separator, so "<li>Budapest</li><li>Convention</li>" would read as one name. A mention that
 * crosses a block boundary is dropped and the blocks it touched are read again on their own,
 * keeping what they yield where nothing else was found. The whole text is read first so that
 * ambiguous forms keep the context of the page.
 */
export function findWithinBlocks(recognizer: Recognizer, text: string): Mention[] {
  const kept: Mention[] = [];
  const reread = new Set<number>(); // start offsets of blocks to read again
  for (const m of recognizer.find(text)) {
    if (!text.slice(m.start, m.end).includes('\n')) {
      kept.push(m);
      continue;
    }
    for (let at = blockStart(text, m.start); at < m.end; at = text.indexOf('\n', at) + 1 || text.length) {
      reread.add(at);
    }
  }
  for (const start of reread) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    for (const m of recognizer.find(text.slice(start, end))) {
      const found = { ...m, start: m.start + start, end: m.end + start };
      if (!kept.some((k) => k.start < found.end && found.start < k.end)) kept.push(found);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function blockStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
