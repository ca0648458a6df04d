/**
 * Card details by id, for the background to answer content scripts with. Entities are read
 * from the corpus database one at a time; only the relation index (names, types and incoming
 * relations of every entity) is kept in memory, rebuilt when the stored corpus changes.
 */
import { corpusVersion, getEntity, type CorpusDb } from '../corpus/db';
import { createRelationIndex, type EntityDetails, type RelationIndex } from '../shared/card/entity-details';

export type DetailsLookup = (id: string) => Promise<EntityDetails | null>;

export function createDetailsLookup(db: CorpusDb): DetailsLookup {
  let cached: { version: string; index: Promise<RelationIndex> } | undefined;

  const relationIndex = (version: string): Promise<RelationIndex> => {
    if (cached?.version !== version) {
      const entry = { version, index: db.entities.toArray().then(createRelationIndex) };
      entry.index.catch(() => {
        if (cached === entry) cached = undefined;
      });
      cached = entry;
    }
    return cached.index;
  };

  return async (id) => {
    const version = await corpusVersion(db);
    if (version === undefined) return null;
    const [entity, index] = await Promise.all([getEntity(db, id), relationIndex(version)]);
    return entity ? index.details(entity) : null;
  };
}
