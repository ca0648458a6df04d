import type { SearchEntry } from './search-entry';

/**
 * Entities that the sources mention often are the likelier target of an ambiguous query:
 * among several "code of conduct" entities the much-discussed SCO one should lead. The
 * logarithm keeps this a tie-breaker rather than a verdict.
 */
export function centrality(entry: SearchEntry): number {
  return 1 + Math.log1p(entry.mentions) / 6;
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** Breaks ties: shorter first (a shorter name is closer to what was typed). */
  length: number;
}

const before = <T>(a: Ranked<T>, b: Ranked<T>) => a.score > b.score || (a.score === b.score && a.length < b.length);

/**
 * The best `k`, best first, without sorting the whole list: a short query over a large
 * corpus has thousands of candidates of which the reader sees twenty.
 */
export function topK<T>(candidates: Iterable<Ranked<T>>, k: number): Ranked<T>[] {
  const top: Ranked<T>[] = [];
  if (k <= 0) return top;
  for (const c of candidates) {
    if (top.length === k && !before(c, top[k - 1]!)) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && before(c, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = c;
  }
  return top;
}
