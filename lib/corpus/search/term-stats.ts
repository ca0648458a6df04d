/**
 * How many entries each indexed word occurs in, for names (name and aliases) and summaries,
 * and for all words beginning with a prefix. Search uses these counts to keep each keystroke
 * within a frame: scoring a word costs time in proportion to the entries that contain it.
 */

export interface TermCounts {
  names: number;
  summary: number;
}

export interface TermStats {
  count(term: string): TermCounts;
  /** Summed over every indexed word that begins with `prefix` (the word itself included). */
  prefixCount(prefix: string): TermCounts;
}

export interface EntryTerms {
  /** Words of the name and aliases. */
  names: readonly string[];
  summary: readonly string[];
}

export function buildTermStats(entries: Iterable<EntryTerms>): TermStats {
  const counts = new Map<string, TermCounts>();
  const add = (terms: readonly string[], field: keyof TermCounts) => {
    for (const term of new Set(terms)) {
      let c = counts.get(term);
      if (!c) counts.set(term, (c = { names: 0, summary: 0 }));
      c[field]++;
    }
  };
  for (const entry of entries) {
    add(entry.names, 'names');
    add(entry.summary, 'summary');
  }

  // Sorted vocabulary with running totals: the words of a prefix form one contiguous run.
  const vocabulary = [...counts.keys()].sort();
  const namesBefore = new Float64Array(vocabulary.length + 1);
  const summaryBefore = new Float64Array(vocabulary.length + 1);
  vocabulary.forEach((term, i) => {
    const c = counts.get(term)!;
    namesBefore[i + 1] = namesBefore[i]! + c.names;
    summaryBefore[i + 1] = summaryBefore[i]! + c.summary;
  });
  const lowerBound = (key: string) => {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocabulary[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    count: (term) => counts.get(term) ?? { names: 0, summary: 0 },
    prefixCount(prefix) {
      const from = lowerBound(prefix);
      // Every word with the prefix sorts before prefix + the highest code unit.
      const to = lowerBound(prefix + '\uffff');
      return { names: namesBefore[to]! - namesBefore[from]!, summary: summaryBefore[to]! - summaryBefore[from]! };
    },
  };
}
