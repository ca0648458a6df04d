/**
 * The cues of one form in one text, read window by window and remembered. Mentions that need
 * cues come in text order, and their windows overlap (a country named in every sentence), so
 * each stretch of text is searched once rather than once per mention.
 */

/** About a sentence either side: a cue further away is about something else. */
export const CUE_WINDOW = 250;
/** Longer than any cue: how far a read reaches back into the last one, and on past its end. */
const OVERLAP = 64;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point before `at` is a letter or digit, so that a cue there would start mid-word. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  // ASCII letters and digits, answered without the regular expression.
  if (unit < 0x80) {
    const lower = unit | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
  }
  // The second half of a surrogate pair is read with the first, as the one code point they are.
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const pair = unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER_OR_DIGIT.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
}

/**
 * Regular expressions given to CueHits match cues without checking what precedes them; a hit
 * right after a letter or digit is dropped here.
 */
export class CueHits {
  /** Every cue in [from, to) is in `hits`, as start, end pairs by start, from `head` on. */
  private from = 0;
  private to = 0;
  private hits: number[] = [];
  private head = 0;

  constructor(private readonly re: RegExp) {}

  /** Forgets the text read so far; the next `distance` may be about another text. */
  reset(): void {
    this.from = this.to = 0;
    this.hits = [];
    this.head = 0;
  }

  /** Distance from [start, end) to the nearest cue within CUE_WINDOW of it, or Infinity. */
  distance(text: string, start: number, end: number): number {
    const from = Math.max(0, start - CUE_WINDOW);
    const to = Math.min(text.length, end + CUE_WINDOW);
    if (from < this.from || from > this.to) {
      this.reset();
      this.from = this.to = from;
    }
    if (to > this.to) this.collect(text, to);
    // Later windows start later, give or take the length of a mention: keep a window's worth behind.
    const keepFrom = from - CUE_WINDOW;
    if (keepFrom > this.from) {
      while (this.head < this.hits.length && this.hits[this.head]! < keepFrom) this.head += 2;
      this.from = keepFrom;
    }
    let best = Infinity;
    for (let k = this.head; k < this.hits.length && this.hits[k]! < to; k += 2) {
      const a = this.hits[k]!;
      const b = this.hits[k + 1]!;
      if (a < from || b > to) continue;
      if (b <= start) best = Math.min(best, start - b);
      else if (a >= end) best = Math.min(best, a - end);
    }
    return best;
  }

  /**
   * Reads on to `to`. The slice read reaches a little beyond `to` so that the cue pattern's
   * look-ahead sees the real neighbours; a cue that runs past `to` is left for the next read,
   * which starts OVERLAP before it.
   */
  private collect(text: string, to: number): void {
    const at = Math.max(this.from, this.to - OVERLAP);
    const window = text.slice(at, Math.min(text.length, to + OVERLAP));
    const lastEnd = this.hits.length > this.head ? this.hits[this.hits.length - 1]! : -1;
    this.re.lastIndex = 0;
    for (let m = this.re.exec(window); m; m = this.re.exec(window)) {
      const a = at + m.index;
      const b = a + m[0].length;
      if (letterOrDigitBefore(text, a)) {
        // Inside a word: try again from the next character, as a look-behind would.
        this.re.lastIndex = m.index + 1;
        continue;
      }
      if (b <= to && a >= lastEnd) this.hits.push(a, b);
    }
    this.to = to;
  }
}
