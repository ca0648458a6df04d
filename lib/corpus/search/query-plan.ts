/**
 * How each word of a query is matched. Scoring a word through the index costs time in
 * proportion to the entries containing it (or, for a prefix, containing any word it begins),
 * so words too common to score within a keystroke's budget only filter the candidates: at
 * 10,000 entities "of" or "cyber" occur in thousands of summaries and "c" begins a word in
 * most names, yet none of them tells entries apart.
 */
import type { TermStats } from './term-stats';

/** Entries a word may occur in and still be scored on every keystroke. */
export const MAX_SCORED_ENTRIES = 1000;

/** Prefixes shorter than this filter by the words of names instead of being scored. */
export const MIN_SCORED_PREFIX = 3;

export interface ScoredTerm {
  term: string;
  prefix: boolean;
  /** Edits forgiven: none in short words, where one changed letter is another acronym. */
  fuzzy: number | false;
  /** The word is too common in summaries: only names and aliases are scored for it. */
  namesOnly: boolean;
}

export type TermFilter =
  /** Some word of the name, aliases or summary is this word. */
  | { kind: 'word'; term: string }
  /** Some word of the name or aliases begins with this. */
  | { kind: 'name-prefix'; term: string };

export interface QueryPlan {
  scored: ScoredTerm[];
  filters: TermFilter[];
}

export function fuzziness(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

/**
 * `terms` as typed: the last word is taken as a prefix (the reader is still typing it), and so
 * is any earlier word long enough for that to be cheap ("confid build").
 */
export function planQuery(terms: readonly string[], stats: TermStats): QueryPlan {
  const plan: QueryPlan = { scored: [], filters: [] };
  terms.forEach((term, i) => {
    const last = i === terms.length - 1;
    const prefix = last || term.length >= MIN_SCORED_PREFIX + 1;
    if (prefix && term.length < MIN_SCORED_PREFIX) {
      plan.filters.push({ kind: 'name-prefix', term });
      return;
    }
    const counts = prefix ? stats.prefixCount(term) : stats.count(term);
    const fuzzy = fuzziness(term);
    if (counts.names + counts.summary <= MAX_SCORED_ENTRIES) {
      plan.scored.push({ term, prefix, fuzzy, namesOnly: false });
    } else if (counts.names <= MAX_SCORED_ENTRIES) {
      plan.scored.push({ term, prefix, fuzzy, namesOnly: true });
    } else {
      plan.filters.push(prefix ? { kind: 'name-prefix', term } : { kind: 'word', term });
    }
  });
  return plan;
}
