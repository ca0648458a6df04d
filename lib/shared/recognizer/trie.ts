/** The keyword trie of the compiled recogniser: compact, JSON-safe, numbered breadth-first. */

import { BOUNDARY } from './char-classes';

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

/** Words in a pattern: how far back its first character is in the scanner's ring of word starts. */
export function countWords(symbols: number[]): number {
  return symbols.filter((s) => s === BOUNDARY).length;
}
