import type { Entity } from '../../shared/corpus-format/corpus-schema';
import type { CorpusDb } from './database';

export async function getEntity(db: CorpusDb, id: string): Promise<Entity | undefined> {
  return db.entities.get(id);
}

/** The entities in the order of `ids`; ids not in the corpus are left out. */
export async function getEntities(db: CorpusDb, ids: readonly string[]): Promise<Entity[]> {
  const stored = await db.entities.bulkGet([...ids]);
  return stored.filter((s): s is Entity => s !== undefined);
}

/** The version of the stored corpus, or undefined while none has been loaded. */
export async function corpusVersion(db: CorpusDb): Promise<string | undefined> {
  return (await db.meta.get('version'))?.value;
}
