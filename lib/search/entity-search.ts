import MiniSearch from 'minisearch';
import type { SearchEntry } from './search-entry';
import { formKey, searchTerms } from './terms';

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** The query is the entity's name or one of its aliases, as typed or with other case/punctuation. */
  exact: boolean;
}

export interface SearchOptions {
  /** At most this many hits (20 unless given). */
  limit?: number;
  /** Match names and aliases only, every word required: for guessing what a selection names. */
  namesOnly?: boolean;
}

export interface EntitySearch {
  /** Best matches first: exact names and aliases (acronyms), then by relevance. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Entities of which `form` is the name or an alias, most central first. */
  exactMatches(form: string): SearchEntry[];
  get(id: string): SearchEntry | undefined;
  readonly size: number;
}

// A match in a name or an alias says far more about what the reader is after than a word
// that happens to occur in a summary.
const FIELD_BOOST = { name: 4, aliases: 3, summary: 1 };

/**
 * Typos are forgiven in words long enough to stay recognisable. Short words are mostly
 * acronyms, where one changed letter names another organisation (ITU, IEU; SCO, SCIO).
 */
function fuzziness(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Entities that the sources mention often are the likelier target of an ambiguous query:
 * among several "code of conduct" entities the much-discussed SCO one should lead. The
 * logarithm keeps this a tie-breaker rather than a verdict.
 */
function centrality(entry: SearchEntry): number {
  return 1 + Math.log1p(entry.mentions) / 6;
}

export function createEntitySearch(entries: readonly SearchEntry[]): EntitySearch {
  const byId = new Map<string, SearchEntry>();
  const byForm = new Map<string, SearchEntry[]>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const key of new Set([entry.name, ...entry.aliases].map(formKey))) {
      if (!key) continue;
      const list = byForm.get(key);
      if (list) list.push(entry);
      else byForm.set(key, [entry]);
    }
  }
  for (const list of byForm.values()) list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));

  const index = new MiniSearch<SearchEntry>({
    idField: 'id',
    fields: ['name', 'aliases', 'summary'],
    extractField: (entry, field) => {
      const value = entry[field as keyof SearchEntry];
      return Array.isArray(value) ? value.join(' ; ') : String(value);
    },
    tokenize: searchTerms,
    processTerm: (term) => term,
    searchOptions: { boost: FIELD_BOOST, prefix: true, fuzzy: fuzziness },
  });
  index.addAll([...byId.values()]);

  const exactMatches = (form: string): SearchEntry[] => byForm.get(formKey(form)) ?? [];

  return {
    size: byId.size,
    get: (id) => byId.get(id),
    exactMatches,
    search(query, { limit = 20, namesOnly = false } = {}) {
      if (searchTerms(query).length === 0) return [];
      const fields = namesOnly ? ['name', 'aliases'] : undefined;
      // Every word should match; failing that (one stray word), any word may.
      let results = index.search(query, { combineWith: 'AND', fields });
      if (results.length === 0 && !namesOnly) results = index.search(query, { combineWith: 'OR' });
      const exact = new Set(exactMatches(query).map((e) => e.id));
      const hits: SearchHit[] = results.map((result) => {
        const entry = byId.get(result.id as string)!;
        return { entry, score: result.score * centrality(entry), exact: exact.has(entry.id) };
      });
      hits.sort(
        (a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.entry.name.localeCompare(b.entry.name),
      );
      return hits.slice(0, limit);
    },
  };
}
