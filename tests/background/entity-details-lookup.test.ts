import { describe, expect, it, vi } from 'vitest';
import { loadCorpus, openCorpusDb } from '../../lib/corpus/db';
import { createDetailsLookup } from '../../lib/background/entity-details-lookup';
import { freshIndexedDb } from '../corpus/db/fixtures';
import { cicir, hcss, secd } from '../shared/card/fixtures';

describe('createDetailsLookup', () => {
  it('answers null while no corpus is stored and for ids it does not hold', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const lookup = createDetailsLookup(db);
    expect(await lookup('cicir')).toBeNull();
    await loadCorpus(db, { version: 'a', entities: [cicir, secd, hcss] });
    expect(await lookup('nobody')).toBeNull();
  });

  it('gives the stored entity with its related entities in both directions', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, { version: 'a', entities: [cicir, secd, hcss] });
    const details = await createDetailsLookup(db)('secd');
    expect(details?.entity).toEqual(secd);
    expect(details?.related.map((r) => `${r.direction} ${r.relation} ${r.id}`)).toEqual([
      'outgoing hosted by hcss',
      'incoming co-host of cicir',
    ]);
  });

  it('reads the whole corpus once per stored version', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await loadCorpus(db, { version: 'a', entities: [cicir, secd, hcss] });
    const readAll = vi.spyOn(db.entities, 'toArray');
    const lookup = createDetailsLookup(db);
    await Promise.all([lookup('secd'), lookup('cicir'), lookup('hcss')]);
    expect(readAll).toHaveBeenCalledTimes(1);

    // An update that drops CICIR: SECD no longer lists it.
    await loadCorpus(db, { version: 'b', entities: [secd, hcss] });
    expect((await lookup('secd'))?.related.map((r) => r.id)).toEqual(['hcss']);
    expect(readAll).toHaveBeenCalledTimes(2);
  });
});
