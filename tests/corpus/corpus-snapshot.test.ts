import { describe, expect, it } from 'vitest';
import { loadCorpus, openCorpusDb } from '../../lib/corpus/db';
import { createSnapshot, createSnapshotLoader } from '../../lib/corpus/corpus-snapshot';
import { corpusV1, corpusV2, entity, freshIndexedDb } from './db/fixtures';

describe('the corpus snapshot of an extension page', () => {
  it('searches and details the entities, with relations in both directions', () => {
    const secd = { ...entity('secd', 'process', 'Sino-European Cyber Dialogue', ['SECD']) };
    const cicir = {
      ...entity('cicir', 'organization', 'China Institutes of Contemporary International Relations', ['CICIR']),
      relations: [{ type: 'co-host of', target: 'secd', source: '000_f8bf8a2838953af0.txt' }],
    };
    const snapshot = createSnapshot([cicir, secd]);
    expect(snapshot.search.search('secd')[0]?.entry.id).toBe('secd');
    expect(snapshot.entity('cicir')?.name).toBe(cicir.name);
    expect(snapshot.details('secd')?.related).toEqual([
      { id: 'cicir', name: cicir.name, type: 'organization', relation: 'co-host of', direction: 'incoming' },
    ]);
    expect(snapshot.details('nope')).toBeUndefined();
  });

  it('loads the stored corpus once while its version stays', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    let shippedReads = 0;
    const load = createSnapshotLoader({ db, readShippedCorpus: async () => (shippedReads++, corpusV2) });
    const first = await load();
    expect(first.search.search('CICIR')[0]?.entry.id).toBe('cicir');
    expect(await load()).toBe(first);
    expect(shippedReads).toBe(0);
  });

  it('loads again after the stored corpus is updated', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    const load = createSnapshotLoader({ db, readShippedCorpus: async () => corpusV1 });
    expect((await load()).entity('secd')).toBeUndefined();
    await loadCorpus(db, corpusV2);
    expect((await load()).entity('secd')?.name).toBe('Sino-US Cybersecurity Dialogue');
  });

  it('falls back to the shipped corpus while the database is still empty', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const load = createSnapshotLoader({ db, readShippedCorpus: async () => corpusV2 });
    expect((await load()).search.search('SECD')[0]?.entry.id).toBe('secd');
  });

  it('tries again after a failed load', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    await db.entities.clear();
    let attempt = 0;
    const load = createSnapshotLoader({
      db,
      readShippedCorpus: async () => {
        if (attempt++ === 0) throw new Error('corpus.json: could not be read');
        return corpusV1;
      },
    });
    await expect(load()).rejects.toThrow('could not be read');
    expect((await load()).search.size).toBe(corpusV1.entities.length);
  });
});
