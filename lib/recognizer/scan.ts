/**
 * The linear pass: per character, one table lookup for its class and one for the next state,
 * nothing allocated. The automaton (automaton.ts) already folds in how the symbol stream of
 * normalise.ts treats word starts and separator runs; left to the scan are line-end
 * hyphenation, rare enough to handle off the fast path, and the checks on each match.
 */

import type { CompiledRecognizer } from './types';
import { coldStep, stateIndex, type Machine } from './automaton';
import { SEP, Special } from './normalise';
import { joinedWordAt, wordsBack } from './words';
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

/** The machine's class of every UTF-16 code unit, from the symbol table of normalise.ts. */
export function classTable(symbols: Uint16Array, machine: Machine): Uint16Array {
  return symbols.map((k) => {
    if (k < Special.space) return k;
    if (k === Special.hyphen) return machine.hyphen;
    if (k === Special.ignore) return machine.ignore;
    return SEP;
  });
}

const LOWER_A = 0x61;

export function scan(scanner: Scanner, text: string): Candidates {
  const { classes, machine } = scanner;
  const { delta, hyphen, coldRow } = machine;
  const found: Candidates = { start: [], end: [], formEnd: [], pattern: [] };
  const n = text.length;
  let row = 0;
  let i = 0;
  // The inner loop never changes its index from inside, which keeps it tight; hyphens, rare,
  // break out to the outer one.
  while (i < n) {
    let hyphenAt = -1;
    for (; i < n; i++) {
      const unit = text.charCodeAt(i);
      const k = classes[unit]!;
      if (k === hyphen) {
        hyphenAt = i;
        break;
      }
      row = row < coldRow ? delta[row + k]! : coldStep(machine, row, k);
      if (row < 0) {
        row = -row;
        if ((row & 1) === 0) {
          report(scanner, text, i + 1, row, found);
        } else {
          row--;
          // Outputs that are all acronyms cannot end on a lowercase ASCII letter ("it", "us" are not IT, US).
          if (unit - LOWER_A >>> 0 >= 26) report(scanner, text, i + 1, row, found);
        }
      }
    }
    if (hyphenAt < 0) break;
    const resume = joinedWordAt(text, hyphenAt);
    if (resume > 0) {
      // Reading on from the letter after the line break continues the word as if unbroken.
      i = resume;
    } else {
      row = row < coldRow ? delta[row + hyphen]! : coldStep(machine, row, hyphen);
      // No output ends in a separator.
      if (row < 0) row = -row & ~1;
      i = hyphenAt + 1;
    }
  }
  return found;
}

/** Every pattern ending at `e` in the state of `row`: checked against the original text and kept if it holds. */
function report(scanner: Scanner, text: string, e: number, row: number, found: Candidates): void {
  const { outHead, outNext, outLink } = scanner.machine;
  const { patternWords, patternFlags, patternFormStart, patternForm, formCase } = scanner.compiled;
  for (let state = stateIndex(scanner.machine, row); state >= 0; state = outLink[state]!) {
    for (let p = outHead[state]!; p >= 0; p = outNext[p]!) {
      // Cheapest tests first: most outputs are the start of a longer word ("mine" in "mineral").
      const end = mentionEnd(text, e, patternFlags[p]!);
      if (end < 0) continue;
      const start = wordsBack(text, e - 1, patternWords[p]!);
      let agrees = false;
      for (let f = patternFormStart[p]!; f < patternFormStart[p + 1]! && !agrees; f++) {
        const key = formCase[patternForm[f]!]!;
        agrees = key === '' || caseAgrees(text, start, e, key);
      }
      if (!agrees || insideAddress(text, start, end)) continue;
      found.start.push(start);
      found.end.push(end);
      found.formEnd.push(e);
      found.pattern.push(p);
    }
  }
}
