/**
 * Word starts and line-end hyphenation, read off the original text. The scanner needs them
 * only around matches and hyphens, so they work on the text directly, by the same rules as
 * `tokenize` in normalise.ts.
 */

import { Kind, isLowerUnit, kindTable } from './char-classes';

const kind = kindTable();

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && kind[text.charCodeAt(i)] === Kind.word;
}

/** Skips characters that do not count (soft hyphens, zero-width spaces) backwards from i. */
function skipIgnoredBack(text: string, i: number): number {
  while (i >= 0 && kind[text.charCodeAt(i)] === Kind.ignore) i--;
  return i;
}

/**
 * If the hyphen at `i` ends a line in the middle of a word ("multi-\n\nstakeholder": a word
 * character before it, a line break after, then a lowercase letter), the index of that letter;
 * otherwise −1.
 */
export function joinedWordAt(text: string, i: number): number {
  if (!isWordAt(text, skipIgnoredBack(text, i - 1))) return -1;
  let j = i + 1;
  let lineBreak = false;
  for (; j < text.length; j++) {
    const k = kind[text.charCodeAt(j)];
    if (k === Kind.newline) lineBreak = true;
    else if (k !== Kind.space && k !== Kind.ignore) break;
  }
  return lineBreak && isWordAt(text, j) && isLowerUnit(text.charCodeAt(j)) ? j : -1;
}

/** The hyphen ending the line before a word that starts at `j` joined onto the previous line, or −1. */
function joiningHyphenBefore(text: string, j: number): number {
  if (!isLowerUnit(text.charCodeAt(j))) return -1;
  let i = j - 1;
  let lineBreak = false;
  for (; i >= 0; i--) {
    const k = kind[text.charCodeAt(i)];
    if (k === Kind.newline) lineBreak = true;
    else if (k !== Kind.space && k !== Kind.ignore) break;
  }
  if (!lineBreak || i < 0 || kind[text.charCodeAt(i)] !== Kind.hyphen) return -1;
  return isWordAt(text, skipIgnoredBack(text, i - 1)) ? i : -1;
}

/** Start of the `words`-th word counting back from the one that holds `last`, as the symbol stream counts words. */
export function wordsBack(text: string, last: number, words: number): number {
  let j = last;
  for (let w = 1; ; w++) {
    for (;;) {
      // Back over the word, and over characters that do not count inside it (soft hyphens).
      for (let i = j - 1; i >= 0; i--) {
        const k = kind[text.charCodeAt(i)];
        if (k === Kind.word) j = i;
        else if (k !== Kind.ignore) break;
      }
      const hyphen = joiningHyphenBefore(text, j);
      if (hyphen < 0) break;
      j = skipIgnoredBack(text, hyphen - 1);
    }
    if (w === words) return j;
    j--;
    while (j > 0 && !isWordAt(text, j)) j--;
  }
}
