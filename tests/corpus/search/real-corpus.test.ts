import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import { validateCorpus } from '../../../lib/corpus/db';
import { createEntitySearch, resolveSelection, toSearchEntry, type EntitySearch } from '../../../lib/corpus/search';

// The corpus the extension ships (`npm test` builds it first).
const CORPUS_FILE = 'public/corpus.json';

describe('search over the shipped corpus', () => {
  let search: EntitySearch;
  beforeAll(() => {
    const corpus: Corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_FILE, 'utf8')), CORPUS_FILE);
    search = createEntitySearch(corpus.entities.map(toSearchEntry));
  });
  const first = (query: string) => search.search(query)[0]?.entry.id;

  it('ranks the entity an acronym names first', () => {
    expect(first('ITU')).toBe('itu');
    expect(first('SCO')).toBe('sco');
    expect(first('GGE')).toBe('un-gge');
    expect(first('CICIR')).toBe('cicir');
    expect(first('osce')).toBe('osce');
  });

  it('finds entities through typos', () => {
    expect(first('budapst')).toBe('budapest-convention');
    expect(first('multistakholder')).toBe('multistakeholder-governance');
    expect(first('cyber sovreignty')).toBe('cyber-sovereignty');
  });

  it('finds entities from partial words', () => {
    expect(first('code of cond')).toBe('sco-code-of-conduct');
    expect(first('confidence build')).toBe('confidence-building-measures');
    expect(first('li bao')).toBe('li-baodong');
    expect(first('buda')).toBe('budapest-convention');
  });

  it('opens a selected name or alias directly', () => {
    expect(resolveSelection(search, 'Budapest Convention')).toEqual({ entityId: 'budapest-convention' });
    expect(resolveSelection(search, 'A/68/98')).toEqual({ entityId: 'gge-report-2013' });
    expect(resolveSelection(search, 'UN GGE')).toEqual({ entityId: 'un-gge' });
  });
});
