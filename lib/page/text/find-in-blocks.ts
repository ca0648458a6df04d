/**
 * The recogniser reads a block separator as a line break, which a multi-word form may span
 * ("Budapest" closing one paragraph, "Convention" opening the next). Such a match is not a
 * mention; what the text on either side of the separator holds is found again on its own.
 */
import { BLOCK_SEPARATOR } from './.';
import type { Mention, Recognizer } from '../../shared/recognizer';

const SEPARATOR = BLOCK_SEPARATOR.charCodeAt(0);

function separatorIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === SEPARATOR) return i;
  return -1;
}

/** Mentions in `text[from, to)` starting at or after `notBefore`, with offsets into `text`. */
function findIn(recognizer: Recognizer, text: string, from: number, to: number, notBefore: number): Mention[] {
  if (to <= from) return [];
  return recognizer
    .find(text.slice(from, to))
    .filter((m) => m.start + from >= notBefore)
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

export function findInBlocks(recognizer: Recognizer, text: string): Mention[] {
  const found = recognizer.find(text);
  let out: Mention[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const first = separatorIn(text, m.start, m.end);
    if (first < 0) {
      out?.push(m);
      continue;
    }
    out ??= found.slice(0, i);
    const last = text.lastIndexOf(BLOCK_SEPARATOR, m.end - 1);
    // Each side is read again within its own block. The piece before starts at the block's
    // start (or the previous mention's end) so that the recogniser keeps the words before the
    // mention as context; only what it finds from the mention's start on is new.
    const blockStart = text.lastIndexOf(BLOCK_SEPARATOR, m.start) + 1;
    const before = Math.max(blockStart, out.length > 0 ? out[out.length - 1]!.end : 0);
    out.push(...findIn(recognizer, text, before, first, m.start));
    const blockEnd = text.indexOf(BLOCK_SEPARATOR, m.end);
    const after = Math.min(found[i + 1]?.start ?? text.length, blockEnd < 0 ? text.length : blockEnd);
    out.push(...findIn(recognizer, text, last + 1, after, last + 1));
  }
  return out ?? found;
}
