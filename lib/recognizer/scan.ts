/**
 * The linear pass: folds the text into the symbol stream of normalise.ts on the fly and feeds
 * it to the automaton, one table lookup per character and nothing allocated per character.
 * The rules here mirror `tokenize` in normalise.ts exactly; tests hold the two together.
 */

import type { CompiledRecognizer } from './types';
import type { Machine } from './automaton';
import { BOUNDARY, Join, SEP, Special, isLowerUnit } from './normalise';
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
  table: Uint16Array;
  firstPunct: number;
  machine: Machine;
  /** Ring of the offsets where the last words started; length a power of two. */
  wordStarts: Int32Array;
  compiled: CompiledRecognizer;
}

export function scan(scanner: Scanner, text: string): Candidates {
  const { table, firstPunct, wordStarts } = scanner;
  const { delta, outRow } = scanner.machine;
  const mask = wordStarts.length - 1;
  const found: Candidates = { start: [], end: [], formEnd: [], pattern: [] };
  const n = text.length;
  let row = 0;
  let inWord = false;
  let sepPending = false;
  let join: number = Join.none;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const k = table[text.charCodeAt(i)]!;
    if (k < firstPunct) {
      if (!inWord) {
        inWord = true;
        if (join === Join.hyphenNewline && isLowerUnit(text.charCodeAt(i))) {
          sepPending = false;
        } else {
          if (sepPending) { row = delta[row + SEP]!; sepPending = false; }
          row = delta[row + BOUNDARY]!;
          wordStarts[words & mask] = i;
          words++;
        }
        join = Join.none;
      }
      row = delta[row + k]!;
      if (row >= outRow) report(scanner, text, i + 1, row, words, found);
    } else if (k < Special.space) {
      if (sepPending) { row = delta[row + SEP]!; sepPending = false; }
      row = delta[row + k]!;
      inWord = false;
      join = Join.none;
    } else if (k !== Special.ignore) {
      if (k === Special.hyphen) join = inWord ? Join.hyphen : Join.none;
      else if (k === Special.newline) join = join !== Join.none ? Join.hyphenNewline : Join.none;
      else if (k === Special.punct) join = Join.none;
      sepPending = true;
      inWord = false;
    }
  }
  return found;
}

/** Every pattern ending at `e` in the state of `row`: checked against the original text and kept if it holds. */
function report(scanner: Scanner, text: string, e: number, row: number, words: number, found: Candidates): void {
  const { outHead, outNext, outLink, width } = scanner.machine;
  const { patternWords, patternFlags, patternFormStart, patternForm, formCase } = scanner.compiled;
  const mask = scanner.wordStarts.length - 1;
  for (let state = row / width; state >= 0; state = outLink[state]!) {
    for (let p = outHead[state]!; p >= 0; p = outNext[p]!) {
      const start = scanner.wordStarts[(words - patternWords[p]!) & mask]!;
      const end = mentionEnd(text, e, patternFlags[p]!);
      if (end < 0 || insideAddress(text, start, end)) continue;
      let agrees = false;
      for (let f = patternFormStart[p]!; f < patternFormStart[p + 1]! && !agrees; f++) {
        const key = formCase[patternForm[f]!]!;
        agrees = key === '' || caseAgrees(text, start, e, key);
      }
      if (!agrees) continue;
      found.start.push(start);
      found.end.push(end);
      found.formEnd.push(e);
      found.pattern.push(p);
    }
  }
}
