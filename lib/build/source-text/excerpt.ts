import { sentenceAround, type Span } from '../../shared/corpus-format/sentences';

/** Quotes longer than this are cut to a window around the mention. */
export const MAX_QUOTE_LENGTH = 320;

/**
 * The sentence around the mention [start, end) of cleaned `text`. A sentence longer than
 * `maxLength` (lists of participants, run-on summaries) is cut at word boundaries to a window
 * centred on the mention, marked with "…" where it was cut.
 */
export function quoteAround(
  text: string,
  sentences: Span[],
  start: number,
  end: number,
  maxLength = MAX_QUOTE_LENGTH,
): string {
  const sentence = sentenceAround(sentences, start, end);
  if (sentence.end - sentence.start <= maxLength) return text.slice(sentence.start, sentence.end);

  const room = Math.max(0, maxLength - (end - start));
  let from = Math.max(sentence.start, start - Math.floor(room / 2));
  let to = Math.min(sentence.end, from + (end - start) + room);
  from = Math.max(sentence.start, to - (end - start) - room);

  if (from > sentence.start) from = nextWordStart(text, from, start);
  if (to < sentence.end) to = previousWordEnd(text, to, end);
  const head = from > sentence.start ? '…' : '';
  const tail = to < sentence.end ? '…' : '';
  return head + text.slice(from, to).trim() + tail;
}

/** First word start at or after `at`, but never past the mention at `limit`. */
function nextWordStart(text: string, at: number, limit: number): number {
  if (at > 0 && /\s/.test(text[at - 1]!)) return at;
  const space = text.slice(at, limit).search(/\s/);
  return space === -1 ? at : at + space + 1;
}

/** Last word end at or before `at`, but never before the mention's end at `limit`. */
function previousWordEnd(text: string, at: number, limit: number): number {
  if (at < text.length && /\s/.test(text[at]!)) return at;
  const space = text.slice(limit, at).search(/\s\S*$/);
  return space === -1 ? at : limit + space;
}
