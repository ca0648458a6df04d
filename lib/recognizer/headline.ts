/**
 * Whether a mention sits in text written in capitals ("SCO GROUP SUES IBM OVER UNIX"). There
 * every word looks like an acronym, so an acronym found there proves nothing. The unit is the
 * line: callers pass page text with block elements separated by line breaks.
 */

import { Kind, kindTable } from './normalise';

const LINE_LIMIT = 300;
/** Below this share of lowercase letters a line is shouting; a sentence full of acronyms still has its "and", "the", "of". */
const LOWERCASE_SHARE = 0.1;
const MIN_OTHER_WORDS = 2;

function letterCase(unit: number): 0 | 1 | 2 {
  if (unit >= 0x61 && unit <= 0x7a) return 1;
  if (unit >= 0x41 && unit <= 0x5a) return 2;
  if (unit < 0xc0) return 0;
  const s = String.fromCharCode(unit);
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (lower === upper) return 0;
  return s === lower ? 1 : 2;
}

export function isShouted(text: string, start: number, end: number): boolean {
  const kind = kindTable();
  const lineBreak = (i: number) => kind[text.charCodeAt(i)] === Kind.newline;
  let a = start;
  while (a > 0 && start - a < LINE_LIMIT && !lineBreak(a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < LINE_LIMIT && !lineBreak(b)) b++;
  let lower = 0;
  let upper = 0;
  let words = 0;
  let letters = 0;
  const count = (from: number, to: number) => {
    for (let i = from; i <= to; i++) {
      const unit = i < to ? text.charCodeAt(i) : 0x20;
      if (i < to && kind[unit] === Kind.word) {
        const c = letterCase(unit);
        if (c === 1) lower++;
        else if (c === 2) upper++;
        if (c) letters++;
      } else {
        if (letters >= 2) words++;
        letters = 0;
      }
    }
  };
  count(a, start);
  count(end, b);
  return words >= MIN_OTHER_WORDS && lower < LOWERCASE_SHARE * (lower + upper);
}
