import { describe, expect, it } from 'vitest';
import { createEntitySearch } from '../../../lib/corpus/search';
import { entries, entry } from './fixtures';

const search = createEntitySearch(entries);
const ids = (query: string, limit?: number) => search.search(query, { limit }).map((hit) => hit.entry.id);

describe('entity search', () => {
  it('puts the entity an acronym stands for first, in any case', () => {
    for (const [query, id] of [['ITU', 'itu'], ['SCO', 'sco'], ['GGE', 'un-gge'], ['gge', 'un-gge'], ['cbm', 'confidence-building-measures']]) {
      const hits = search.search(query!);
      expect(hits[0]?.entry.id, query).toBe(id);
      expect(hits[0]?.exact, query).toBe(true);
    }
  });

  it('ranks an exact alias above entities that use the acronym more in their text', () => {
    // The 2013 report's summary says "GGE" twice and it is matched on its name too.
    expect(ids('GGE').slice(0, 2)).toEqual(['un-gge', 'gge-report-2013']);
  });

  it('forgives a typo in a longer word', () => {
    expect(ids('budapst')[0]).toBe('budapest-convention');
    expect(ids('confidnce building')[0]).toBe('confidence-building-measures');
  });

  it('does not forgive a changed letter in a short acronym', () => {
    expect(ids('ITV')).not.toContain('itu');
  });

  it('finds partial words as they are typed', () => {
    expect(ids('bud')[0]).toBe('budapest-convention');
    expect(ids('code of cond')).toContain('sco-code-of-conduct');
    expect(ids('telecom')).toEqual(expect.arrayContaining(['itu', 'wcit-2012']));
  });

  it('lets the more central of equally matching entities lead', () => {
    const twins = (central: string) =>
      createEntitySearch([
        entry('east', 'instrument', 'Eastern Code of Conduct', [], '', central === 'east' ? 30 : 1),
        entry('west', 'instrument', 'Western Code of Conduct', [], '', central === 'west' ? 30 : 1),
      ]);
    expect(twins('east').search('code of cond')[0]?.entry.id).toBe('east');
    expect(twins('west').search('code of cond')[0]?.entry.id).toBe('west');
    expect(ids('code of cond')[0]).toBe('sco-code-of-conduct');
  });

  it('requires every word while some entity has them all, any word otherwise', () => {
    expect(ids('sco code')).toEqual(['sco-code-of-conduct', 'sco']);
    expect(ids('budapest xyzzyq')[0]).toBe('budapest-convention');
  });

  it('matches names in summaries too, below name matches', () => {
    const found = ids('budapest');
    expect(found[0]).toBe('budapest-convention');
    expect(found).toContain('council-of-europe');
  });

  it('ignores case, accents and punctuation', () => {
    expect(ids('cote divoire')[0]).toBe('cote-divoire');
    expect(ids('UN GGE')[0]).toBe('un-gge');
    expect(ids('un-gge')[0]).toBe('un-gge');
    expect(ids('a/68/98')[0]).toBe('gge-report-2013');
  });

  it('matches names and aliases only when asked to', () => {
    expect(ids('budapest')).toContain('council-of-europe');
    expect(search.search('budapest', { namesOnly: true }).map((hit) => hit.entry.id)).toEqual(['budapest-convention']);
    expect(search.search('budapest xyzzyq', { namesOnly: true })).toEqual([]);
  });

  it('returns nothing for an empty or punctuation-only query, and respects the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  -- ')).toEqual([]);
    expect(ids('c', 3)).toHaveLength(3);
  });

  it('finds entities by exact form, most central first', () => {
    const shared = createEntitySearch([
      entry('a', 'concept', 'Alpha', ['Shared'], '', 1),
      entry('b', 'concept', 'Beta', ['shared'], '', 9),
    ]);
    expect(shared.exactMatches('SHARED').map((e) => e.id)).toEqual(['b', 'a']);
    expect(shared.exactMatches('Alph')).toEqual([]);
    expect(shared.get('a')?.name).toBe('Alpha');
    expect(shared.size).toBe(2);
  });
});
