/**
 * Whether a mention sits in text written in capitals ("SCO GROUP SUES IBM OVER UNIX"). There
 * every word looks like an acronym, so an acronym found there proves nothing. The unit is the
 * line: callers pass page text with block elements separated by line breaks.
 */

import { Kind, kindTable } from './char-classes';

/** How far either side of a mention to read; a headline is shorter than this. */
const LINE_LIMIT = 150;
/** Below this share of lowercase letters a line is shouting; a sentence full of acronyms still has its "and", "the", "of". */
const LOWERCASE_SHARE = 0.1;
/** Words of two letters or more, the mention included: one acronym alone on a line is a heading, not shouting. */
const MIN_WORDS = 3;

const kind = kindTable();

function letterCase(unit: number): 0 | 1 | 2 {
  if (unit >= 0x61 && unit <= 0x7a) return 1;
  if (unit >= 0x41 && unit <= 0x5a) return 2;
  if (unit < 0xc0) return 0;
  const s = String.fromCharCode(unit);
  const lower = s.toLowerCase();
  if (lower === s.toUpperCase()) return 0;
  return s === lower ? 1 : 2;
}

/**
 * Answers for one text, remembering the last whole line: pages mention several entities per
 * line, and callers ask in text order (and remember each mention's answer themselves).
 */
export class Headlines {
  constructor(private readonly text: string) {}

  private lineStart = -1;
  private lineEnd = -1;
  private lineShouted = false;

  isShouted(start: number, end: number): boolean {
    if (start >= this.lineStart && end <= this.lineEnd) return this.lineShouted;
    const text = this.text;
    let a = start;
    while (a > 0 && start - a < LINE_LIMIT && kind[text.charCodeAt(a - 1)] !== Kind.newline) a--;
    let b = end;
    while (b < text.length && b - end < LINE_LIMIT && kind[text.charCodeAt(b)] !== Kind.newline) b++;
    // Running text is mostly lowercase: once a tenth of the line's length is lowercase letters,
    // no count of capitals can make it shouting, and the rest of the line need not be read.
    const enough = LOWERCASE_SHARE * (b - a);
    let lower = 0;
    let upper = 0;
    let words = 0;
    let letters = 0;
    let shouted = true;
    for (let i = a; i <= b; i++) {
      const unit = i < b ? text.charCodeAt(i) : 0x20;
      if (i < b && kind[unit] === Kind.word) {
        const c = letterCase(unit);
        if (c === 1 && ++lower >= enough) {
          shouted = false;
          break;
        }
        if (c === 2) upper++;
        if (c !== 0) letters++;
      } else {
        if (letters >= 2) words++;
        letters = 0;
      }
    }
    shouted &&= words >= MIN_WORDS && lower < LOWERCASE_SHARE * (lower + upper);
    // A whole line, read from its start to its end, is the same line for every mention on it.
    if ((a === 0 || kind[text.charCodeAt(a - 1)] === Kind.newline) && (b === text.length || kind[text.charCodeAt(b)] === Kind.newline)) {
      this.lineStart = a;
      this.lineEnd = b;
      this.lineShouted = shouted;
    }
    return shouted;
  }
}
