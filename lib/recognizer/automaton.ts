/**
 * Aho-Corasick over the symbol stream of normalise.ts. The compiled form keeps only the trie;
 * `buildMachine` turns it into a dense transition table (failure links folded in), so the scan
 * does exactly one table lookup per symbol whatever the number of patterns.
 */

import { BOUNDARY, OTHER_WORD, SEP } from './normalise';

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

/**
 * The automaton reads raw character classes, not the symbol stream: the stream's BOUNDARY and
 * SEP collapsing are folded into the transitions, so the scan is one lookup per character with
 * no branching on what kind of character it is. Raw classes are the symbols, plus two.
 */
export const rawClasses = (width: number) => ({ hyphen: width, ignore: width + 1, count: width + 2 });

export interface Machine {
  /** Raw classes per row. */
  width: number;
  /**
   * Row offset (state × width) of the next state, by row offset + raw class; negated when the
   * next state has an output, so the scanner notices outputs without another memory read.
   */
  delta: Int32Array;
  /** Raw class of hyphens, which the scanner checks for line-end hyphenation. */
  hyphen: number;
  /** Per state: 1 if every output in its chain is an acronym (so no lowercase letter can end it). */
  acronymsOnly: Uint8Array;
  /** First pattern ending in a state (−1 if none), next pattern in the same state, next state in the output chain (−1 at its end). */
  outHead: Int32Array;
  outNext: Int32Array;
  outLink: Int32Array;
}

/** The classic Aho-Corasick automaton over the symbol stream: transitions with failure links folded in. */
function symbolAutomaton(trie: Trie, width: number): { delta: Int32Array; failure: Int32Array; incoming: Int32Array; depth: Int32Array } {
  const { edgeStart, edgeSymbol, edgeTarget } = trie;
  const states = edgeStart.length - 1;
  const delta = new Int32Array(states * width);
  const failure = new Int32Array(states);
  const incoming = new Int32Array(states).fill(-1);
  const depth = new Int32Array(states);
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
      depth[target] = depth[s]! + 1;
    }
  }
  return { delta, failure, incoming, depth };
}

/** States this shallow are visited at nearly every word; deeper ones only inside a match. */
const HOT_DEPTH = 3;

/**
 * Memory order of the states: the hot shallow ones together (breadth-first), then each deeper
 * branch depth-first, so that following a long name through the table reads consecutive rows.
 * With tens of thousands of terms the table outgrows the caches, and this order is what keeps
 * the scan fast.
 */
function memoryOrder(trie: Trie, depth: Int32Array): number[] {
  const states = trie.edgeStart.length - 1;
  const order: number[] = [];
  for (let s = 0; s < states && depth[s]! <= HOT_DEPTH; s++) order.push(s);
  const stack: number[] = [];
  for (let s = order.length - 1; s >= 0; s--) {
    if (depth[order[s]!] !== HOT_DEPTH) continue;
    stack.push(order[s]!);
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (depth[t]! > HOT_DEPTH) order.push(t);
      for (let e = trie.edgeStart[t + 1]! - 1; e >= trie.edgeStart[t]!; e--) stack.push(trie.edgeTarget[e]!);
    }
  }
  return order;
}

/**
 * `firstPunct`: symbols below it (from OTHER_WORD) are word characters, from it up punctuation,
 * `width` symbols in all. `acronym[p]`: every form of pattern p is matched case-sensitively.
 */
export function buildMachine(trie: Trie, firstPunct: number, width: number, acronym: boolean[]): Machine {
  const states = trie.edgeStart.length - 1;
  if (states < 1) throw new Error('createRecognizer: the trie has no root state');
  const { delta, failure, incoming, depth } = symbolAutomaton(trie, width);
  const patternState = trie.patternState;

  const ownHead = new Int32Array(states + 1).fill(-1);
  const outNext = new Int32Array(patternState.length).fill(-1);
  for (let p = patternState.length - 1; p >= 0; p--) {
    const s = patternState[p]!;
    outNext[p] = ownHead[s]!;
    ownHead[s] = p;
  }
  const link = new Int32Array(states + 1).fill(-1);
  // 0: no output in the chain; 1: some output matched case-insensitively; 2: only acronyms.
  const output = new Uint8Array(states + 1);
  for (let s = 1; s < states; s++) {
    const f = failure[s]!;
    link[s] = ownHead[f]! >= 0 ? f : link[f]!;
    // Breadth-first order: the failure state, which covers the rest of the chain, is done.
    let o = output[f]!;
    for (let p = ownHead[s]!; p >= 0; p = outNext[p]!) o = acronym[p] ? (o === 0 ? 2 : o) : 1;
    output[s] = o;
  }

  // One extra state: the root inside a word, where no pattern can start until a separator.
  // It is visited as often as the root, so it sits next to it.
  const inWordRoot = states;
  const order = memoryOrder(trie, depth);
  order.splice(1, 0, inWordRoot);
  const rank = new Int32Array(states + 1);
  order.forEach((s, i) => (rank[s] = i));

  const raw = rawClasses(width);
  const dense = new Int32Array((states + 1) * raw.count);
  const isWord = (symbol: number) => symbol >= OTHER_WORD && symbol < firstPunct;
  const target = (s: number, afterWord: boolean) => {
    const t = s === 0 && afterWord ? inWordRoot : s;
    return output[t] ? -rank[t]! * raw.count : rank[t]! * raw.count;
  };
  for (let s = 0; s <= states; s++) {
    const base = s === inWordRoot ? 0 : s;
    const lastWord = s === inWordRoot || isWord(incoming[s]!);
    const lastSep = incoming[s] === SEP;
    const to = rank[s]! * raw.count;
    // A word character right after a separator or punctuation starts a word: BOUNDARY first.
    const wordFrom = lastWord ? base : delta[base * width + BOUNDARY]!;
    for (let c = OTHER_WORD; c < firstPunct; c++) dense[to + c] = target(delta[wordFrom * width + c]!, true);
    for (let c = firstPunct; c < width; c++) dense[to + c] = target(delta[base * width + c]!, false);
    // Runs of separators are one SEP.
    dense[to + SEP] = target(lastSep ? s : delta[base * width + SEP]!, false);
    dense[to + raw.hyphen] = dense[to + SEP]!;
    // Characters that do not count leave the state as it is, and its output already reported.
    dense[to + BOUNDARY] = to;
    dense[to + raw.ignore] = to;
  }
  const outHead = new Int32Array(states + 1);
  const outLink = new Int32Array(states + 1);
  const acronymsOnly = new Uint8Array(states + 1);
  for (let s = 0; s <= states; s++) {
    outHead[rank[s]!] = ownHead[s]!;
    outLink[rank[s]!] = link[s]! < 0 ? -1 : rank[link[s]!]!;
    acronymsOnly[rank[s]!] = output[s] === 2 ? 1 : 0;
  }
  return { width: raw.count, delta: dense, hyphen: raw.hyphen, acronymsOnly, outHead, outNext, outLink };
}

/** Words in a pattern: how far back its first character is in the scanner's ring of word starts. */
export function countWords(symbols: number[]): number {
  return symbols.filter((s) => s === BOUNDARY).length;
}
