import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  corpusVersion,
  getEntities,
  getEntity,
  loadCorpus,
  openCorpusDb,
  type CorpusDb,
} from '../../../lib/corpus/db';
import { corpusV1, entity, freshIndexedDb } from './fixtures';

const idsOf = (entities: { id: string }[]) => entities.map((e) => e.id);

describe('corpus queries', () => {
  let db: CorpusDb;
  beforeEach(async () => {
    db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, {
      version: 'q1',
      entities: [...corpusV1.entities, entity('cote-divoire', 'country', "Côte d'Ivoire", ['Ivory Coast'])],
    });
  });

  it('has no version before a corpus is loaded', async () => {
    expect(await corpusVersion(openCorpusDb(freshIndexedDb()))).toBeUndefined();
    expect(await corpusVersion(db)).toBe('q1');
  });

  it('gets entities by id in the order asked, skipping unknown ids', async () => {
    expect(await getEntity(db, 'nope')).toBeUndefined();
    expect(idsOf(await getEntities(db, ['china', 'nope', 'cicir']))).toEqual(['china', 'cicir']);
    expect(await getEntities(db, [])).toEqual([]);
  });

  it('returns entities in their shipped shape, exactly as shipped', async () => {
    expect(Object.keys((await getEntity(db, 'csis'))!).sort()).toEqual(Object.keys(corpusV1.entities[1]!).sort());
  });

  it('reads rows a version 1 database stored with index keys in the shipped shape', async () => {
    const env = freshIndexedDb();
    const old = new Dexie('upgraded', { indexedDB: env.indexedDB, IDBKeyRange: env.IDBKeyRange });
    old.version(1).stores({ entities: 'id, type, *aliasKeys, *words', meta: 'key' });
    await old.table('entities').put({ ...corpusV1.entities[1]!, aliasKeys: ['csis'], words: ['csis'] });
    old.close();
    const upgraded = openCorpusDb(env, 'upgraded');
    expect(await getEntity(upgraded, 'csis')).toEqual(corpusV1.entities[1]);
    upgraded.close();
  });
});
