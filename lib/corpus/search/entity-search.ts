import MiniSearch from 'minisearch';
import { indexEntry, passesFilter, type IndexedEntry } from './indexed-entry';
import { planQuery, type ScoredTerm, type TermFilter } from './query-plan';
import { centrality, topK, type Ranked } from './rank';
import type { SearchEntry } from './search-entry';
import { nearestNames, type NameSuggestion } from './nearest-names';
import { buildTermStats } from './term-stats';
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
  /** For a query `search` finds nothing for: the entities with a name within a few edits of it. */
  nearest(query: string, limit?: number): NameSuggestion[];
  readonly size: number;
}

// A match in a name or an alias says far more about what the reader is after than a word
// that happens to occur in a summary.
const FIELD_BOOST = { name: 4, aliases: 3, summary: 1 };
const NAME_FIELDS = ['name', 'aliases'];

/** Scores per entry id for one query word. */
type TermScores = Map<string, number>;

// Typing extends a query one character at a time, so every word but the last was scored on
// an earlier keystroke already; this many recent words are kept.
const TERM_CACHE_SIZE = 64;

export function createEntitySearch(entries: readonly SearchEntry[]): EntitySearch {
  const byId = new Map<string, IndexedEntry>();
  for (const entry of entries) byId.set(entry.id, indexEntry(entry));
  const items = [...byId.values()];

  const byForm = new Map<string, SearchEntry[]>();
  for (const item of items) {
    for (const key of item.forms) {
      const list = byForm.get(key);
      if (list) list.push(item.entry);
      else byForm.set(key, [item.entry]);
    }
  }
  for (const list of byForm.values()) list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));

  const stats = buildTermStats(items.map((item) => ({ names: item.nameWords, summary: item.summaryWords })));
  // Fields are handed to MiniSearch already split, so its tokeniser only has to cut at spaces.
  const index = new MiniSearch<IndexedEntry>({
    idField: 'id',
    fields: ['name', 'aliases', 'summary'],
    extractField: (item, field) => {
      if (field === 'id') return item.entry.id;
      if (field === 'name') return item.ownNameWords.join(' ');
      if (field === 'aliases') return item.aliasWords.join(' ');
      return item.summaryWords.join(' ');
    },
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { boost: FIELD_BOOST },
  });
  index.addAll(items);

  const termCache = new Map<string, TermScores>();
  function scoresFor(s: ScoredTerm, namesOnly: boolean): TermScores {
    const key = `${s.term}|${s.prefix}|${s.fuzzy}|${namesOnly || s.namesOnly}`;
    const cached = termCache.get(key);
    if (cached) {
      termCache.delete(key);
      termCache.set(key, cached);
      return cached;
    }
    const results = index.search(s.term, {
      prefix: s.prefix,
      fuzzy: s.fuzzy,
      ...(namesOnly || s.namesOnly ? { fields: NAME_FIELDS } : {}),
    });
    const scores: TermScores = new Map(results.map((r) => [r.id as string, r.score]));
    termCache.set(key, scores);
    if (termCache.size > TERM_CACHE_SIZE) termCache.delete(termCache.keys().next().value!);
    return scores;
  }

  /**
   * Entries matching every scored word (AND) or any (OR), with the summed scores of the words
   * they match times the number matched, as MiniSearch combines them.
   */
  function combine(perTerm: TermScores[], mode: 'AND' | 'OR'): Map<string, number> {
    const combined = new Map<string, number>();
    if (mode === 'AND') {
      const [smallest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
      for (const [id, score] of smallest ?? []) {
        let sum = score;
        for (const other of others) {
          const s = other.get(id);
          if (s === undefined) {
            sum = NaN;
            break;
          }
          sum += s;
        }
        if (!Number.isNaN(sum)) combined.set(id, sum * perTerm.length);
      }
      return combined;
    }
    const matched = new Map<string, number>();
    for (const scores of perTerm) {
      for (const [id, s] of scores) {
        combined.set(id, (combined.get(id) ?? 0) + s);
        matched.set(id, (matched.get(id) ?? 0) + 1);
      }
    }
    for (const [id, n] of matched) combined.set(id, combined.get(id)! * n);
    return combined;
  }

  function* scored(scores: Map<string, number>, filters: TermFilter[]): Generator<Ranked<IndexedEntry>> {
    for (const [id, score] of scores) {
      const item = byId.get(id)!;
      if (filters.every((f) => passesFilter(item, f))) {
        yield { item, score: score * centrality(item.entry), length: item.entry.name.length };
      }
    }
  }

  // The entries that passed the last scan: while the reader types on ("c", "co", "cod") each
  // scan only narrows the previous one.
  let lastScan: { filters: TermFilter[]; passing: IndexedEntry[] } | undefined;
  const narrows = (previous: TermFilter[], next: TermFilter[]) =>
    previous.length === next.length &&
    next.every((f, i) => {
      const p = previous[i]!;
      return p.kind === f.kind && (f.kind === 'word' ? p.term === f.term : f.term.startsWith(p.term));
    });

  /** Entries passing the filters, unscored: those whose name or an alias begins with the query first. */
  function* scan(filters: TermFilter[], key: string): Generator<Ranked<IndexedEntry>> {
    const pool = lastScan && narrows(lastScan.filters, filters) ? lastScan.passing : items;
    const passing = pool.filter((item) => filters.every((f) => passesFilter(item, f)));
    lastScan = { filters, passing };
    for (const item of passing) {
      const begins = item.forms.some((form) => form.startsWith(key));
      yield { item, score: (begins ? 2 : 1) * centrality(item.entry), length: item.entry.name.length };
    }
  }

  const exactMatches = (form: string): SearchEntry[] => byForm.get(formKey(form)) ?? [];

  return {
    size: byId.size,
    get: (id) => byId.get(id)?.entry,
    exactMatches,
    nearest: (query, limit) => nearestNames([...byId.values()].map((item) => item.entry), query, limit),
    search(query, { limit = 20, namesOnly = false } = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const plan = planQuery(terms, stats);
      const exact = exactMatches(query);
      const exactIds = new Set(exact.map((e) => e.id));
      const k = Math.max(0, limit - exact.length);

      let best: Ranked<IndexedEntry>[];
      if (plan.scored.length === 0) {
        best = topK(withoutIds(scan(plan.filters, terms.join(' ')), exactIds), k);
      } else {
        const perTerm = plan.scored.map((s) => scoresFor(s, namesOnly));
        // Every word should match; failing that (one stray word), any word may.
        best = topK(withoutIds(scored(combine(perTerm, 'AND'), plan.filters), exactIds), k);
        if (best.length === 0 && exact.length === 0 && !namesOnly) {
          best = topK(scored(combine(perTerm, 'OR'), []), k);
        }
      }
      return [
        ...exact.map((entry) => ({ entry, score: Infinity, exact: true })),
        ...best.map(({ item, score }) => ({ entry: item.entry, score, exact: false })),
      ].slice(0, limit);
    },
  };
}

function* withoutIds(candidates: Iterable<Ranked<IndexedEntry>>, ids: Set<string>): Generator<Ranked<IndexedEntry>> {
  for (const c of candidates) if (!ids.has(c.item.entry.id)) yield c;
}
