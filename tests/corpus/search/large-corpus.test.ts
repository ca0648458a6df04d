import { describe, expect, it } from 'vitest';
import { createEntitySearch, type SearchEntry } from '../../../lib/corpus/search';
import { MAX_SCORED_ENTRIES } from '../../../lib/corpus/search/query-plan';
import { entries, entry } from './fixtures';

// Enough entries that "cyber", "of" and "c" are too common to score: they become filters.
const filler: SearchEntry[] = Array.from({ length: MAX_SCORED_ENTRIES + 500 }, (_, i) =>
  entry(`filler-${i}`, 'concept', `Cyber filler ${i} of committee`, i % 2 ? [`Board ${i}`] : [], `One of many cyber things, number ${i}.`, i % 4),
);
const big = [...entries, entry('cyber-sovereignty', 'concept', 'cyber sovereignty', [], 'A state’s authority over its networks.', 30), ...filler];
const ids = (search: ReturnType<typeof createEntitySearch>, query: string) => search.search(query).map((h) => h.entry.id);

describe('search over a large corpus', () => {
  it('still ranks by the rare words when common ones are only filters', () => {
    const search = createEntitySearch(big);
    expect(ids(search, 'cyber sovreignty')[0]).toBe('cyber-sovereignty');
    expect(ids(search, 'code of cond')[0]).toBe('sco-code-of-conduct');
    expect(ids(search, 'GGE')[0]).toBe('un-gge');
  });

  it('answers a one-letter query with names that begin with it, most central first', () => {
    const search = createEntitySearch(big);
    const found = search.search('b', { limit: 5 }).map((h) => h.entry);
    expect(found[0]?.id).toBe('budapest-convention');
    expect(found).toHaveLength(5);
    expect(found.every((e) => /(^|\W)b/i.test([e.name, ...e.aliases].join(' ')))).toBe(true);
  });

  it('gives the same results whatever was searched before (remembered words, narrowed scans)', () => {
    const queries = ['code of cond', 'cyber sovreignty', 'cbm', 'budapest c', 'bo'];
    const prefixes = queries.flatMap((q) => Array.from({ length: q.length }, (_, n) => q.slice(0, n + 1)));
    const forward = createEntitySearch(big);
    const backward = createEntitySearch(big);
    const expected = new Map([...prefixes].reverse().map((p) => [p, ids(backward, p)]));
    for (const prefix of prefixes) expect(ids(forward, prefix), prefix).toEqual(expected.get(prefix));
  });
});
