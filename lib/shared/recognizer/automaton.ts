/**
 * Aho-Corasick over the symbol stream of normalise.ts, built at content-script start from the
 * trie of the compiled form. The machine reads raw character classes rather than symbols: the
 * stream's BOUNDARY and SEP collapsing are folded into its transitions, so the scan does one
 * table lookup per character whatever the number of patterns.
 *
 * Memory layout is what keeps it fast. The states near the root, visited at almost every word,
 * get dense rows in one small table that stays in cache. Deeper states, visited only while the
 * text follows a long name, keep only the transitions that differ from their failure state's,
 * with the failure state as default: a full row each would make the table tens of megabytes
 * for a large dictionary, and every step into it a cache miss.
 */

import type { Trie } from './trie';
import { BOUNDARY, OTHER_WORD, SEP } from './char-classes';

export interface Machine {
  /** Entries per dense row: the symbols, hyphen, ignorable, then one per lowercase ASCII letter. */
  width: number;
  hyphen: number;
  ignore: number;
  /** Column of "a"; "b" to "z" follow. */
  lower: number;
  /**
   * Dense rows of the hot states. A state is named by its row code: row offset for hot states,
   * coldRow + (index among cold states) for the others. A transition value is the target's row
   * code when that is a hot state and nothing is to be done on arriving there; otherwise the
   * bitwise complement of (row code << 2 | Arrival flags), so that the scan loop tells the
   * common case from all others with one sign test.
   */
  delta: Int32Array;
  coldRow: number;
  /**
   * One record per cold state: [default row code, number of exceptions, then class, value
   * pairs], starting at coldAt[row code − coldRow]. Records follow the trie depth first, so the
   * steps along a long name read forward through one array instead of jumping between several.
   */
  cold: Int32Array;
  coldAt: Int32Array;
  /** By state index (hot rows first): first pattern ending there (−1 if none), next pattern, next state in the output chain. */
  outHead: Int32Array;
  outNext: Int32Array;
  outLink: Int32Array;
}

/** Flags of a complemented transition value. */
export const Arrival = {
  /** Some pattern ends here: check the outputs. */
  output: 1,
  /** The character was a hyphen: the value names the state before it, which a line-end join keeps. */
  hyphen: 2,
} as const;

/** Transition value for arriving in `row` with `flags`. */
function arrive(row: number, flags: number, coldRow: number): number {
  return row < coldRow && flags === 0 ? row : ~((row << 2) | flags);
}

/** Hot states: the shallowest ones, up to this many (a dense table of about a megabyte). */
export const HOT_STATES = 4096;

/** The classic automaton over the symbol stream: dense transitions with failure links folded in. */
function symbolAutomaton(trie: Trie, width: number) {
  const { edgeStart, edgeSymbol, edgeTarget } = trie;
  const states = edgeStart.length - 1;
  const delta = new Int32Array(states * width);
  const failure = new Int32Array(states);
  const incoming = new Int32Array(states).fill(-1);
  for (let s = 0; s < states; s++) {
    const row = s * width;
    // Breadth-first order guarantees the failure state (shallower) has its row complete.
    if (s > 0) delta.copyWithin(row, failure[s]! * width, failure[s]! * width + width);
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const symbol = edgeSymbol[e]!;
      const target = edgeTarget[e]!;
      if (target <= s || target >= states || symbol >= width) throw new Error('createRecognizer: malformed trie');
      failure[target] = s === 0 ? 0 : delta[row + symbol]!;
      delta[row + symbol] = target;
      incoming[target] = symbol;
    }
  }
  return { delta, failure, incoming };
}

/** Per state: 0 no output in its chain, 1 some output matched case-insensitively, 2 acronyms only. */
function outputs(states: number, failure: Int32Array, patternState: number[], acronym: boolean[]) {
  const ownHead = new Int32Array(states).fill(-1);
  const outNext = new Int32Array(patternState.length).fill(-1);
  for (let p = patternState.length - 1; p >= 0; p--) {
    outNext[p] = ownHead[patternState[p]!]!;
    ownHead[patternState[p]!] = p;
  }
  const link = new Int32Array(states).fill(-1);
  const kind = new Uint8Array(states);
  for (let s = 1; s < states; s++) {
    const f = failure[s]!;
    link[s] = ownHead[f]! >= 0 ? f : link[f]!;
    // Breadth-first order: the failure state, which covers the rest of the chain, is done.
    let o = kind[f]!;
    for (let p = ownHead[s]!; p >= 0; p = outNext[p]!) o = acronym[p] ? (o === 0 ? 2 : o) : 1;
    kind[s] = o;
  }
  return { ownHead, outNext, link, kind };
}

/**
 * `firstPunct`: symbols below it (from OTHER_WORD) are word characters, from it up punctuation,
 * `symbols` in all. `acronym[p]`: every form of pattern p is matched case-sensitively.
 * `lowerSymbols[x]`: the symbol of the lowercase letter "a" + x. Those letters get columns of
 * their own, where outputs that are all acronyms do not count ("it", "us" are not IT, US).
 */
export function buildMachine(
  trie: Trie, firstPunct: number, symbols: number, acronym: boolean[], lowerSymbols: ArrayLike<number>, hotStates = HOT_STATES,
): Machine {
  const trieStates = trie.edgeStart.length - 1;
  if (trieStates < 1) throw new Error('createRecognizer: the trie has no root state');
  const { delta, failure, incoming } = symbolAutomaton(trie, symbols);
  const out = outputs(trieStates, failure, trie.patternState, acronym);
  const hyphen = symbols;
  const ignore = symbols + 1;
  const lower = symbols + 2;
  const width = lower + 26;

  // State indices: trie states in breadth-first order, with one extra, the root inside a word
  // (no pattern can start until a separator), right after the root since it is as hot.
  const inWord = trieStates;
  const index = new Int32Array(trieStates + 1);
  for (let s = 0; s < trieStates; s++) index[s] = s === 0 ? 0 : s + 1;
  index[inWord] = 1;
  const states = trieStates + 1;
  const hot = Math.min(states, Math.max(2, hotStates));
  const coldRow = hot * width;
  const code = (i: number) => (i < hot ? i * width : coldRow + (i - hot));
  // The value of arriving in each state, by a character that keeps its case or by a lowercase
  // letter, computed once: rows are built for thousands of states.
  const arrival = new Int32Array(states);
  const arrivalLower = new Int32Array(states);
  for (let t = 0; t < states; t++) {
    const k = t === inWord ? 0 : out.kind[t]!;
    const c = code(index[t]!);
    arrival[t] = arrive(c, k !== 0 ? Arrival.output : 0, coldRow);
    arrivalLower[t] = arrive(c, k === 1 ? Arrival.output : 0, coldRow);
  }

  const isWord = (symbol: number) => symbol >= OTHER_WORD && symbol < firstPunct;
  const rowOf = (s: number, row: Int32Array) => {
    const base = s === inWord ? 0 : s;
    const lastWord = s === inWord || isWord(incoming[s]!);
    // A word character right after a separator or punctuation starts a word: BOUNDARY first;
    // failing to the root from inside a word means the root inside a word.
    const wordRow = (lastWord ? base : delta[base * symbols + BOUNDARY]!) * symbols;
    for (let c = OTHER_WORD; c < firstPunct; c++) row[c] = arrival[delta[wordRow + c]! || inWord]!;
    for (let x = 0; x < 26; x++) row[lower + x] = arrivalLower[delta[wordRow + lowerSymbols[x]!]! || inWord]!;
    for (let c = firstPunct; c < symbols; c++) row[c] = arrival[delta[base * symbols + c]!]!;
    // Runs of separators are one SEP; characters that do not count leave the state as it is.
    row[SEP] = arrival[incoming[s] === SEP ? s : delta[base * symbols + SEP]!]!;
    row[BOUNDARY] = row[ignore] = arrive(code(index[s]!), 0, coldRow);
    row[hyphen] = arrive(code(index[s]!), Arrival.hyphen, coldRow);
  };

  const dense = new Int32Array(hot * width);
  const byIndex = new Int32Array(states);
  for (let s = 0; s < states; s++) byIndex[index[s]!] = s;
  for (let i = 0; i < hot; i++) rowOf(byIndex[i]!, dense.subarray(i * width, i * width + width));

  // Cold states get one record each, [default row code, number of exceptions, class, value
  // pairs...], written in depth-first order of the trie.
  const coldAt = new Int32Array(states - hot);
  const records: number[] = [];
  const mine = new Int32Array(width);
  const spare = new Int32Array(width);
  // The scan looks for hyphens before it steps from a cold state, so their column is never read.
  const except = (c: number, theirs: Int32Array) => {
    if (c !== BOUNDARY && c !== hyphen && mine[c] !== theirs[c]) records.push(c, mine[c]!);
  };
  const order = depthFirst(trie);
  for (let o = 0; o < order.length; o++) {
    const s = order[o]!;
    const i = index[s]!;
    if (i < hot) continue;
    // The failure state ends in the same symbol, so the rows agree but for a few transitions;
    // failing to the root from inside a word means the root inside a word.
    const f = failure[s] === 0 && isWord(incoming[s]!) ? inWord : failure[s]!;
    rowOf(s, mine);
    // Most failure states are hot, and their rows are built already.
    const fi = index[f]!;
    const theirs = fi < hot ? dense.subarray(fi * width, fi * width + width) : (rowOf(f, spare), spare);
    const at = records.length;
    coldAt[i - hot] = at;
    records.push(code(fi), 0);
    // Lowercase letters first: a cold state is mostly inside a long name, spelled in lowercase,
    // and the step looks its exceptions up in order.
    for (let c = lower; c < width; c++) except(c, theirs);
    for (let c = 0; c < lower; c++) except(c, theirs);
    records[at + 1] = (records.length - at - 2) / 2;
  }
  const cold = Int32Array.from(records);

  const outHead = new Int32Array(states).fill(-1);
  const outLink = new Int32Array(states).fill(-1);
  for (let s = 0; s < trieStates; s++) {
    outHead[index[s]!] = out.ownHead[s]!;
    outLink[index[s]!] = out.link[s]! < 0 ? -1 : index[out.link[s]!]!;
  }
  return {
    width, hyphen, ignore, lower, delta: dense, coldRow, cold, coldAt,
    outHead, outNext: out.outNext, outLink,
  };
}

/**
 * Trie states in depth-first order, a parent before its children: the states along one name
 * come one after another, and so do their records.
 */
function depthFirst(trie: Trie): Int32Array {
  const { edgeStart, edgeTarget } = trie;
  const states = edgeStart.length - 1;
  const order = new Int32Array(states);
  // Every state is pushed once, by its parent: the stack never holds more than all of them.
  const stack = new Int32Array(states);
  let top = 1;
  let n = 0;
  while (top > 0) {
    const s = stack[--top]!;
    order[n++] = s;
    // Children pushed last to first, so the first child is visited next.
    for (let e = edgeStart[s + 1]! - 1; e >= edgeStart[s]!; e--) stack[top++] = edgeTarget[e]!;
  }
  return order;
}

/** The transition value from a cold state: its own exceptions, else its default state's transition. */
export function coldStep(m: Machine, row: number, k: number): number {
  const { coldRow, cold, coldAt, delta } = m;
  for (;;) {
    const r = coldAt[row - coldRow]!;
    const last = r + 2 + 2 * cold[r + 1]!;
    for (let e = r + 2; e < last; e += 2) if (cold[e] === k) return cold[e + 1]!;
    row = cold[r]!;
    if (row < coldRow) return delta[row + k]!;
  }
}

/** Index of the state a row code names, for its outputs. */
export function stateIndex(m: Machine, row: number): number {
  return row < m.coldRow ? (row / m.width) | 0 : m.coldRow / m.width + (row - m.coldRow);
}
