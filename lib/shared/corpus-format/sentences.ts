/**
 * Sentence boundaries in cleaned text. A sentence ends at "\n" (a block boundary) or after
 * ".", "!" or "?" (and any closing quotes or brackets) followed by a space and a capital, digit
 * or opening quote, unless the full stop ends an abbreviation: a title ("Mr.", "Dr.", "Amb."),
 * "No.", "e.g.", dotted initials ("U.S.", "H.E."), a single initial ("Vinod K. Jacob"), or the
 * day in a date ("30. September").
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'amb', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj', 'capt',
    'pol', 'engr', 'st', 'jr', 'sr', 'no', 'nos', 'vol', 'art', 'para', 'paras', 'fig', 'cf', 'vs',
    'eg', 'ie', 'al', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept',
  ],
);
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const CANDIDATE = /[.!?][’”"')\]]*(?= +[\p{Lu}\p{N}‘“"'(])/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let blockStart = 0;
  for (const block of text.split('\n')) {
    let start = 0;
    for (const m of block.matchAll(CANDIDATE)) {
      const end = m.index + m[0].length;
      if (m[0][0] === '.' && endsAbbreviation(block, m.index)) continue;
      push(spans, blockStart, block, start, end);
      start = end;
    }
    push(spans, blockStart, block, start, block.length);
    blockStart += block.length + 1;
  }
  return spans;
}

/** The sentence containing [start, end), extended over any boundary the range crosses. */
export function sentenceAround(sentences: Span[], start: number, end: number): Span {
  const first = sentences.findIndex((s) => s.end > start);
  if (first === -1) throw new RangeError(`offset ${start} is past the last sentence`);
  let last = first;
  while (last + 1 < sentences.length && sentences[last]!.end < end) last++;
  return { start: Math.min(sentences[first]!.start, start), end: Math.max(sentences[last]!.end, end) };
}

function endsAbbreviation(block: string, dot: number): boolean {
  const word = /[\p{L}\p{N}.]*$/u.exec(block.slice(0, dot))?.[0] ?? '';
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g", "H.E"
  if (/^\d{1,2}$/.test(word) && MONTHS.test(block.slice(dot + 1).trimStart())) return true;
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ''));
}

function push(spans: Span[], offset: number, block: string, start: number, end: number): void {
  while (start < end && block[start] === ' ') start++;
  while (end > start && block[end - 1] === ' ') end--;
  if (end > start) spans.push({ start: offset + start, end: offset + end });
}
