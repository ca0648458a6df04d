import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import { CorpusShapeError, corpusVersion, getEntity, loadCorpus, openCorpusDb } from '../../../lib/corpus/db';
import { corpusV1, corpusV2, entity, freshIndexedDb } from './fixtures';

const ids = (corpus: Corpus) => corpus.entities.map((e) => e.id).sort();

async function storedIds(db: ReturnType<typeof openCorpusDb>): Promise<string[]> {
  return ((await db.entities.toCollection().primaryKeys()) as string[]).sort();
}

describe('loadCorpus', () => {
  it('loads a first corpus and records its version', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const result = await loadCorpus(db, corpusV1);
    expect(result).toEqual({ status: 'loaded', version: 'v1', count: corpusV1.entities.length });
    expect(await corpusVersion(db)).toBe('v1');
    expect(await storedIds(db)).toEqual(ids(corpusV1));
    expect(await getEntity(db, 'cicir')).toEqual(corpusV1.entities[0]);
    expect((await db.meta.get('loadedAt'))?.value).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('replaces the corpus on a new version and leaves other databases alone', async () => {
    const env = freshIndexedDb();
    // Stands in for the notes database, which a corpus update must never touch.
    const notes = new Dexie('attache-notes', env);
    notes.version(1).stores({ notes: 'id' });
    await notes.table('notes').put({ id: 'n1', entity: 'china', text: 'Check the PRC position.' });

    const db = openCorpusDb(env);
    await loadCorpus(db, corpusV1);
    const result = await loadCorpus(db, corpusV2);

    expect(result).toEqual({ status: 'loaded', version: 'v2', count: corpusV2.entities.length });
    expect(await corpusVersion(db)).toBe('v2');
    expect(await storedIds(db)).toEqual(ids(corpusV2));
    expect(await getEntity(db, 'china')).toBeUndefined();
    expect((await getEntity(db, 'csis'))?.name).toBe('Center for Strategic & International Studies');

    notes.close();
    const reopened = new Dexie('attache-notes', env);
    reopened.version(1).stores({ notes: 'id' });
    expect(await reopened.table('notes').toArray()).toEqual([
      { id: 'n1', entity: 'china', text: 'Check the PRC position.' },
    ]);
    expect((await env.indexedDB.databases()).map((d) => d.name).sort()).toEqual(['attache-corpus', 'attache-notes']);
  });

  it('does not rewrite anything when the version is already stored', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    // A marker that a rewrite would erase.
    await db.entities.update('csis', { summary: 'marker' });

    const result = await loadCorpus(db, corpusV1);

    expect(result).toEqual({ status: 'unchanged', version: 'v1', count: corpusV1.entities.length });
    expect((await getEntity(db, 'csis'))?.summary).toBe('marker');
  });

  it('keeps the previous corpus and version when writing the new one fails', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    // Fails midway through the bulk write, after the clear has happened inside the transaction.
    db.entities.hook('creating', (key) => {
      if (key === 'secd') throw new Error('disk full');
    });

    await expect(loadCorpus(db, corpusV2)).rejects.toThrow('disk full');

    expect(await corpusVersion(db)).toBe('v1');
    expect(await storedIds(db)).toEqual(ids(corpusV1));
    expect((await getEntity(db, 'csis'))?.name).toBe(corpusV1.entities[1]!.name);
  });

  it('rejects a corpus of the wrong shape with the place and the expectation, keeping the old one', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, corpusV1);
    const broken = { version: 'v2', entities: [corpusV2.entities[0], { ...corpusV2.entities[1], type: 'planet' }] };

    const failure = loadCorpus(db, broken, { origin: 'corpus.json' });

    await expect(failure).rejects.toBeInstanceOf(CorpusShapeError);
    await expect(failure).rejects.toThrow(
      'corpus.json: entities[1] (csis).type: expected one of organization, person, instrument, concept, event, process, country, found "planet"',
    );
    expect(await corpusVersion(db)).toBe('v1');
    expect(await storedIds(db)).toEqual(ids(corpusV1));
  });

  it('shows concurrent readers either the whole old corpus or the whole new one', async () => {
    const db = openCorpusDb(freshIndexedDb());
    // Enough rows that the write spans many event-loop turns.
    const many = (version: string, prefix: string): Corpus => ({
      version,
      entities: Array.from({ length: 400 }, (_, i) => entity(`${prefix}-${i}`, 'concept', `${prefix} ${i}`)),
    });
    const oldCorpus = many('old', 'a');
    const newCorpus = many('new', 'b');
    await loadCorpus(db, oldCorpus);

    const read = () =>
      db.transaction('r', db.entities, db.meta, async () => ({
        version: await corpusVersion(db),
        ids: await storedIds(db),
      }));
    const snapshots = [read()];
    let done = false;
    const loading = loadCorpus(db, newCorpus).finally(() => {
      done = true;
    });
    while (!done) {
      snapshots.push(read());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await loading;
    snapshots.push(read());

    const seen = await Promise.all(snapshots);
    for (const snapshot of seen) {
      const expected = snapshot.version === 'old' ? oldCorpus : newCorpus;
      expect(snapshot.version).toBe(expected.version);
      expect(snapshot.ids).toEqual(ids(expected));
    }
    expect(seen[0]!.version).toBe('old');
    expect(seen.at(-1)!.version).toBe('new');
  });
});
