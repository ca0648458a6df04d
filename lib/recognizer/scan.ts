/**
 * The linear pass: one table lookup for the character's class and one for the next state,
 * per character, nothing allocated. The automaton (automaton.ts) already folds in how the
 * symbol stream of normalise.ts treats word starts and separator runs; the two things left
 * to the scan are line-end hyphenation, rare enough to handle off the fast path, and finding
 * where a match starts, done only for matches.
 */

import type { CompiledRecognizer } from './types';
import { rawClasses, type Machine } from './automaton';
import { Kind, SEP, Special, isLowerUnit, kindTable } from './normalise';
import { caseAgrees, insideAddress, mentionEnd } from './boundaries';

/** Matches that passed the boundary and case tests, in the order found (by end). */
export interface Candidates {
  start: number[];
  /** End of the mention, plural suffix included. */
  end: number[];
  /** End of the form itself, without suffix. */
  formEnd: number[];
  pattern: number[];
}

export interface Scanner {
  /** UTF-16 code unit → raw class of the machine. */
  classes: Uint16Array;
  machine: Machine;
  compiled: CompiledRecognizer;
}

/** The raw class table for a symbol table (normalise.ts) and the symbol count of its alphabet. */
export function classTable(symbols: Uint16Array, width: number): Uint16Array {
  const raw = rawClasses(width);
  return symbols.map((k) => {
    if (k < Special.space) return k;
    if (k === Special.hyphen) return raw.hyphen;
    if (k === Special.ignore) return raw.ignore;
    return SEP;
  });
}

const kind = kindTable();
const LOWER_A = 0x61;

export function scan(scanner: Scanner, text: string): Candidates {
  const { classes, machine } = scanner;
  const { delta, hyphen, acronymsOnly, width } = machine;
  const found: Candidates = { start: [], end: [], formEnd: [], pattern: [] };
  const n = text.length;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    const k = classes[unit]!;
    if (k === hyphen) {
      const resume = joinedWordAt(text, i);
      // Reading on from the letter after the line break continues the word as if unbroken.
      if (resume > 0) {
        i = resume - 1;
        continue;
      }
    }
    row = delta[row + k]!;
    if (row < 0) {
      row = -row;
      // A chain of acronyms only cannot end on a lowercase ASCII letter ("it", "us" are not IT, US).
      if (unit - LOWER_A >>> 0 >= 26 || acronymsOnly[row / width] === 0) report(scanner, text, i + 1, row, found);
    }
  }
  return found;
}

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
      let before = skipIgnoredBack(text, j - 1);
      while (isWordAt(text, before)) {
        j = before;
        before = skipIgnoredBack(text, j - 1);
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

/** Every pattern ending at `e` in the state of `row`: checked against the original text and kept if it holds. */
function report(scanner: Scanner, text: string, e: number, row: number, found: Candidates): void {
  const { outHead, outNext, outLink, width } = scanner.machine;
  const { patternWords, patternFlags, patternFormStart, patternForm, formCase } = scanner.compiled;
  for (let state = row / width; state >= 0; state = outLink[state]!) {
    for (let p = outHead[state]!; p >= 0; p = outNext[p]!) {
      const start = wordsBack(text, e - 1, patternWords[p]!);
      // Cheapest test first: most rejected matches are acronyms read in lowercase ("it", "us").
      let agrees = false;
      for (let f = patternFormStart[p]!; f < patternFormStart[p + 1]! && !agrees; f++) {
        const key = formCase[patternForm[f]!]!;
        agrees = key === '' || caseAgrees(text, start, e, key);
      }
      if (!agrees) continue;
      const end = mentionEnd(text, e, patternFlags[p]!);
      if (end < 0 || insideAddress(text, start, end)) continue;
      found.start.push(start);
      found.end.push(end);
      found.formEnd.push(e);
      found.pattern.push(p);
    }
  }
}
