import { describe, expect, it } from 'vitest';
import { loadCorpus, openCorpusDb } from '../../lib/corpus-db';
import { createSearchLoader } from '../../lib/search';
import { corpusV1, corpusV2, freshIndexedDb } from '../corpus-db/fixtures';

describe('loading the search', () => {
  it('searches the stored corpus and reuses the index while the version stays', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    let shippedReads = 0;
    const load = createSearchLoader({ db, readShippedCorpus: async () => (shippedReads++, corpusV2) });
    const first = await load();
    expect(first.search('CICIR')[0]?.entry.id).toBe('cicir');
    expect(await load()).toBe(first);
    expect(shippedReads).toBe(0);
  });

  it('rebuilds after the stored corpus is updated', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    const load = createSearchLoader({ db, readShippedCorpus: async () => corpusV1 });
    expect((await load()).get('secd')).toBeUndefined();
    await loadCorpus(db, corpusV2);
    expect((await load()).get('secd')?.name).toBe('Sino-US Cybersecurity Dialogue');
  });

  it('falls back to the shipped corpus while the database is still empty', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const load = createSearchLoader({ db, readShippedCorpus: async () => corpusV2 });
    expect((await load()).search('SECD')[0]?.entry.id).toBe('secd');
  });

  it('tries again after a failed load', async () => {
    const db = openCorpusDb(freshIndexedDb());
    let attempt = 0;
    const load = createSearchLoader({
      db,
      readShippedCorpus: async () => {
        if (attempt++ === 0) throw new Error('corpus.json: could not be read');
        return corpusV1;
      },
    });
    await expect(load()).rejects.toThrow('could not be read');
    expect((await load()).size).toBe(corpusV1.entities.length);
  });
});
