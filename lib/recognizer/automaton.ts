/**
 * Aho-Corasick over the symbol stream of normalise.ts. The compiled form keeps only the trie;
 * `buildMachine` turns it into a dense transition table (failure links folded in), so the scan
 * does exactly one table lookup per symbol whatever the number of patterns.
 */

import { BOUNDARY } from './normalise';

export interface Trie {
  edgeStart: number[];
  edgeSymbol: number[];
  edgeTarget: number[];
  /** State each pattern ends in, in pattern order. */
  patternState: number[];
}

/** Builds the trie of the given symbol sequences, states numbered breadth-first (root 0). */
export function buildTrie(sequences: number[][]): Trie {
  const children: Map<number, number>[] = [new Map()];
  const ends = sequences.map((symbols) => {
    let state = 0;
    for (const symbol of symbols) {
      let next = children[state]!.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        children[state]!.set(symbol, next);
      }
      state = next;
    }
    return state;
  });
  const order = [0];
  const number = new Int32Array(children.length);
  for (let head = 0; head < order.length; head++) {
    const kids = [...children[order[head]!]!.entries()].sort((a, b) => a[0] - b[0]);
    for (const [, child] of kids) {
      number[child] = order.length;
      order.push(child);
    }
  }
  const edgeStart = [0];
  const edgeSymbol: number[] = [];
  const edgeTarget: number[] = [];
  for (const old of order) {
    for (const [symbol, child] of [...children[old]!.entries()].sort((a, b) => a[0] - b[0])) {
      edgeSymbol.push(symbol);
      edgeTarget.push(number[child]!);
    }
    edgeStart.push(edgeSymbol.length);
  }
  return { edgeStart, edgeSymbol, edgeTarget, patternState: ends.map((s) => number[s]!) };
}

export interface Machine {
  /** Symbols per row. */
  width: number;
  /** Row offset (state × width) of the next state, by row offset + symbol. */
  delta: Int32Array;
  /** States are renumbered so that exactly those with an output have a row offset ≥ outRow. */
  outRow: number;
  /** First pattern ending in a state (−1 if none), next pattern in the same state, next state in the output chain (−1 at its end). */
  outHead: Int32Array;
  outNext: Int32Array;
  outLink: Int32Array;
}

export function buildMachine(trie: Trie, width: number): Machine {
  const { edgeStart, edgeSymbol, edgeTarget, patternState } = trie;
  const states = edgeStart.length - 1;
  if (states < 1) throw new Error('createRecognizer: the trie has no root state');
  const delta = new Int32Array(states * width);
  const failure = new Int32Array(states);
  for (let s = 0; s < states; s++) {
    const row = s * width;
    // Breadth-first order guarantees the failure state (shallower) has its row complete.
    if (s > 0) delta.copyWithin(row, failure[s]! * width, failure[s]! * width + width);
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const symbol = edgeSymbol[e]!;
      const target = edgeTarget[e]!;
      if (target <= s || symbol >= width) throw new Error('createRecognizer: malformed trie');
      failure[target] = s === 0 ? 0 : delta[row + symbol]!;
      delta[row + symbol] = target;
    }
  }

  const ownHead = new Int32Array(states).fill(-1);
  const outNext = new Int32Array(patternState.length).fill(-1);
  for (let p = patternState.length - 1; p >= 0; p--) {
    const s = patternState[p]!;
    outNext[p] = ownHead[s]!;
    ownHead[s] = p;
  }
  const link = new Int32Array(states).fill(-1);
  const hasOut = new Uint8Array(states);
  for (let s = 1; s < states; s++) {
    const f = failure[s]!;
    link[s] = ownHead[f]! >= 0 ? f : link[f]!;
    hasOut[s] = ownHead[s]! >= 0 || link[s]! >= 0 ? 1 : 0;
  }

  const rank = new Int32Array(states);
  let quiet = 0;
  for (let s = 0; s < states; s++) if (!hasOut[s]) rank[s] = quiet++;
  let loud = quiet;
  for (let s = 0; s < states; s++) if (hasOut[s]) rank[s] = loud++;

  const dense = new Int32Array(states * width);
  const outHead = new Int32Array(states);
  const outLink = new Int32Array(states);
  for (let s = 0; s < states; s++) {
    const from = s * width;
    const to = rank[s]! * width;
    for (let c = 0; c < width; c++) dense[to + c] = rank[delta[from + c]!]! * width;
    outHead[rank[s]!] = ownHead[s]!;
    outLink[rank[s]!] = link[s]! < 0 ? -1 : rank[link[s]!]!;
  }
  return { width, delta: dense, outRow: quiet * width, outHead, outNext, outLink };
}

/** Words in a pattern: how far back its first character is in the scanner's ring of word starts. */
export function countWords(symbols: number[]): number {
  return symbols.filter((s) => s === BOUNDARY).length;
}
