/**
 * The linear pass. Per character: one table lookup for its class, one for the next transition
 * value, one sign test; nothing allocated. Everything rarer (a pattern ends, a hyphen that may
 * join a word broken at a line end, a deep state kept sparse) is a negative value and handled
 * off the fast path by `settle`.
 *
 * Long texts are read by two passes at once, one from the start and one from a split point
 * halfway: each step of the automaton waits on the memory read of the one before, and two
 * independent chains keep the processor busy during that wait. The second pass starts at the
 * split as if the text began there; the first runs on past the split until its state is back
 * at the root, from where both agree, and the second's matches before that point are dropped.
 */

import type { CompiledRecognizer } from './types';
import { Arrival, HOT_STATES, buildMachine, coldStep, stateIndex, type Machine } from './automaton';
import { FIRST_CHAR, Kind, SEP, Special, kindTable, symbolTable } from './char-classes';
import { joinedWordAt, wordsBack } from './words';
import { caseAgrees, insideAddress, mentionEnd } from './boundaries';
import { Matches } from './matches';
import { decodeMachine, type TransferredMachine } from './machine-transfer';

export interface PassTables {
  /** UTF-16 code unit → column of the machine. */
  classes: Uint16Array;
  machine: Machine;
  compiled: CompiledRecognizer;
}

/** Below this length one pass is as fast: splitting pays off on whole pages, not short strings. */
export const SPLIT_FROM = 4096;
/** How far past the middle to look for a place to split; text without a space that long is read in one pass. */
const SPLIT_SEARCH = 1 << 16;
const LOWER_A = 0x61;
const kind = kindTable();

/** The tables of `compiled`, with the automaton built here, or decoded from `transferred` (see machine-transfer.ts). */
export function createPassTables(compiled: CompiledRecognizer, hotStates = HOT_STATES, transferred?: TransferredMachine): PassTables {
  const symbols = symbolTable(compiled.chars, compiled.punct);
  const machine = transferred ? decodeMachine(transferred, compiled) : buildFor(compiled, symbols, hotStates);
  return { classes: classTable(symbols, machine), machine, compiled };
}

function buildFor(compiled: CompiledRecognizer, symbols: Uint16Array, hotStates: number): Machine {
  const firstPunct = FIRST_CHAR + compiled.chars.length;
  const { patternFormStart, patternForm, formCase } = compiled;
  const acronym = compiled.patternState.map((_, p) =>
    patternForm.slice(patternFormStart[p], patternFormStart[p + 1]).every((f) => formCase[f] !== ''),
  );
  const lowerSymbols = Array.from({ length: 26 }, (_, x) => symbols[LOWER_A + x]!);
  return buildMachine(compiled, firstPunct, firstPunct + compiled.punct.length, acronym, lowerSymbols, hotStates);
}

/** The machine's column for every UTF-16 code unit, from the symbol table of normalise.ts. */
function classTable(symbols: Uint16Array, machine: Machine): Uint16Array {
  const classes = symbols.map((k) => {
    if (k < Special.space) return k;
    if (k === Special.hyphen) return machine.hyphen;
    if (k === Special.ignore) return machine.ignore;
    return SEP;
  });
  for (let x = 0; x < 26; x++) classes[LOWER_A + x] = machine.lower + x;
  return classes;
}

/** One pass over part of the text: where it is and what it found. */
class Pass {
  constructor(public pos: number, readonly found: Matches) {}
}

/** Every match in `text` that passes the boundary and case tests, in the order found (by form end). */
export function findMatches(tables: PassTables, text: string, splitFrom = SPLIT_FROM): Matches {
  const n = text.length;
  const first = new Pass(0, new Matches(n >> 6));
  const mid = n >= splitFrom ? splitPoint(text, n >> 1) : -1;
  if (mid < 0) {
    run(tables, first, text, 0, n);
    return first.found;
  }
  const second = new Pass(mid, new Matches(n >> 7));
  const { classes, machine } = tables;
  const delta = machine.delta;
  let a = 0;
  let b = 0;
  let i = 0;
  let j = mid;
  // Both passes step together until either reaches its end; `stop` is where the first will be then.
  let stop = Math.min(mid, n - mid);
  while (i < stop) {
    a = delta[a + classes[text.charCodeAt(i++)]!]!;
    b = delta[b + classes[text.charCodeAt(j++)]!]!;
    if ((a | b) < 0) {
      if (a < 0) {
        first.pos = i;
        a = settle(tables, first, text, a, mid);
        i = first.pos;
      }
      if (b < 0) {
        second.pos = j;
        b = settle(tables, second, text, b, n);
        j = second.pos;
      }
      stop = i + Math.min(mid - i, n - j);
    }
  }
  first.pos = i;
  second.pos = j;
  a = run(tables, first, text, a, mid);
  run(tables, second, text, b, n);
  run(tables, first, text, a, n, true);
  first.found.appendAfter(second.found, first.pos);
  return first.found;
}

/**
 * Where a second pass may start at the root: after a space that ends a word, so that no word,
 * and no word joined across a line-end hyphen, runs across it. −1 if there is none near `from`.
 */
function splitPoint(text: string, from: number): number {
  const to = Math.min(text.length - 1, from + SPLIT_SEARCH);
  for (let i = Math.max(2, from); i < to; i++) {
    const k = kind[text.charCodeAt(i - 1)];
    if ((k === Kind.space || k === Kind.newline) && kind[text.charCodeAt(i - 2)] === Kind.word) return i;
  }
  return -1;
}

/**
 * Runs `pass` from its position with transition value `v` up to `limit`, or, with `toRest`,
 * only until its state is the root (in or out of a word); returns the value where it stopped.
 */
function run(tables: PassTables, pass: Pass, text: string, v: number, limit: number, toRest = false): number {
  const { classes, machine } = tables;
  const { delta, width } = machine;
  let i = pass.pos;
  for (;;) {
    if (v < 0) {
      pass.pos = i;
      v = settle(tables, pass, text, v, limit);
      i = pass.pos;
      if (v < 0) break;
    }
    if (i >= limit || (toRest && (v === 0 || v === width))) break;
    v = delta[v + classes[text.charCodeAt(i++)]!]!;
  }
  pass.pos = i;
  return v;
}

/**
 * Acts on the complemented transition value `v` taken on the character before `pass.pos`, then
 * steps alone through any cold states. Returns a plain hot row code to resume the fast loop, or,
 * at `limit` in a cold state, that state's complemented value.
 */
function settle(tables: PassTables, pass: Pass, text: string, v: number, limit: number): number {
  const { classes, machine } = tables;
  const { coldRow, hyphen, delta } = machine;
  for (;;) {
    const code = ~v;
    const row = code >> 2;
    if (code & Arrival.hyphen) {
      const resume = joinedWordAt(text, pass.pos - 1);
      if (resume > 0) {
        // Reading on from the letter after the line break continues the word as if unbroken.
        pass.pos = resume;
      } else {
        // No output ends in a separator, but the state after one may be cold.
        v = row < coldRow ? delta[row + SEP]! : coldStep(machine, row, SEP);
        if (v >= 0) return v;
        continue;
      }
    } else if (code & Arrival.output) {
      report(tables, text, pass.pos, row, pass.found);
    }
    if (row < coldRow) return row;
    if (pass.pos >= limit) return ~(row << 2);
    const k = classes[text.charCodeAt(pass.pos++)]!;
    v = k === hyphen ? ~((row << 2) | Arrival.hyphen) : coldStep(machine, row, k);
    if (v >= 0) return v;
  }
}

/** Every pattern ending at `e` in the state of `row`: checked against the original text and kept if it holds. */
function report(tables: PassTables, text: string, e: number, row: number, found: Matches): void {
  const { outHead, outNext, outLink } = tables.machine;
  const { patternWords, patternFlags, patternFormStart, patternForm, formCase } = tables.compiled;
  for (let state = stateIndex(tables.machine, row); state >= 0; state = outLink[state]!) {
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
      found.push(start, end, e, p);
    }
  }
}
