import type { SearchEntry } from './search-entry';

export interface NameSuggestion {
  entry: SearchEntry;
  /** The name or alias the query is close to. */
  form: string;
  distance: number;
}

/**
 * Names close to a query that search found nothing for: the entities one of whose forms
 * (short name, name, aliases) is within a few edits of it, once case, accents and punctuation
 * are set aside ("oecw" → "OEWG" would be one edit). Only close forms count: a short query
 * allows one edit, longer ones one per four characters, so "tallinn" suggests nothing rather
 * than whatever happens to be least unlike it. Nearest first, at most `limit`.
 */
export function nearestNames(entries: Iterable<SearchEntry>, query: string, limit = 3): NameSuggestion[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const allowed = Math.max(1, Math.floor(q.length / 4));
  const best = new Map<string, NameSuggestion>();
  for (const entry of entries) {
    for (const form of [entry.shortName, entry.name, ...entry.aliases]) {
      const f = fold(form);
      if (Math.abs(f.length - q.length) > allowed) continue;
      const distance = editDistance(q, f, allowed);
      const known = best.get(entry.id);
      if (distance <= allowed && (!known || distance < known.distance)) best.set(entry.id, { entry, form, distance });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || b.entry.mentions - a.entry.mentions || a.form.localeCompare(b.form))
    .slice(0, limit);
}

/** Whether a query has a letter of the Latin script, the only one the corpus names things in. */
export const hasLatinLetters = (query: string): boolean => /\p{Script=Latin}/u.test(query);

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, giving up (returning more than `bound`) once every path exceeds it. */
function editDistance(a: string, b: string, bound: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      smallest = Math.min(smallest, row[j]!);
    }
    if (smallest > bound) return bound + 1;
    previous = row;
  }
  return previous[b.length]!;
}
