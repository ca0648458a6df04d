import { beforeEach, describe, expect, it } from 'vitest';
import {
  corpusVersion,
  findByAlias,
  getEntities,
  getEntity,
  listByType,
  loadCorpus,
  openCorpusDb,
  searchWords,
  type CorpusDb,
} from '../../lib/corpus-db';
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

  it('returns entities in their shipped shape, without index keys', async () => {
    expect(Object.keys((await getEntity(db, 'csis'))!).sort()).toEqual(Object.keys(corpusV1.entities[1]!).sort());
  });

  it('finds by name or alias regardless of case and spacing', async () => {
    expect(idsOf(await findByAlias(db, 'cicir'))).toEqual(['cicir']);
    expect(idsOf(await findByAlias(db, '  un   GGE '))).toEqual(['un-gge']);
    expect(idsOf(await findByAlias(db, "PEOPLE'S REPUBLIC OF CHINA"))).toEqual(['china']);
    expect(idsOf(await findByAlias(db, 'China'))).toEqual(['china']);
    expect(await findByAlias(db, 'UN')).toEqual([]);
    expect(await findByAlias(db, '   ')).toEqual([]);
  });

  it('lists the entities of one type by name', async () => {
    expect(idsOf(await listByType(db, 'organization'))).toEqual(['csis', 'cicir']);
    expect(idsOf(await listByType(db, 'country'))).toEqual(['china', 'cote-divoire']);
    expect(await listByType(db, 'person')).toEqual([]);
  });

  it('searches by word prefixes, every query word having to match', async () => {
    expect(idsOf(await searchWords(db, 'strat INTERN'))).toEqual(['csis']);
    expect(idsOf(await searchWords(db, 'think'))).toEqual(['csis', 'cicir']);
    expect(idsOf(await searchWords(db, 'think washington'))).toEqual(['csis']);
    expect(await searchWords(db, 'think zebra')).toEqual([]);
    expect(await searchWords(db, ' -- ')).toEqual([]);
  });

  it('ranks matches on name or alias before matches in the summary', async () => {
    // "Governmental" is in the un-gge name; "government-affiliated" only in the cicir summary.
    expect(idsOf(await searchWords(db, 'gov'))).toEqual(['un-gge', 'cicir']);
  });

  it('ignores diacritics in search', async () => {
    expect(idsOf(await searchWords(db, 'cote'))).toEqual(['cote-divoire']);
    expect(idsOf(await searchWords(db, 'Côte ivo'))).toEqual(['cote-divoire']);
  });
});
