/**
 * The whole corpus held in memory by an extension page (popup, side panel): its search index
 * and the card details of any entity, built once from the stored corpus. Extension pages can
 * afford this (the corpus is a few hundred kilobytes); content scripts never load it.
 */
import type { Corpus, Entity } from '../shared/corpus-format/corpus-schema';
import { corpusVersion, type CorpusDb } from './db';
import { createRelationIndex, type EntityDetails } from '../shared/card/entity-details';
import { createEntitySearch, toSearchEntry, type EntitySearch } from './search';

export interface CorpusSnapshot {
  search: EntitySearch;
  entity(id: string): Entity | undefined;
  /** The entity with the names of the entities it relates to, as the card shows it. */
  details(id: string): EntityDetails | undefined;
  /** Every entity, in corpus order (a team glossary checks its names against them). */
  entities: readonly Entity[];
}

export interface SnapshotSource {
  db: CorpusDb;
  /** The shipped corpus, validated: used only while the database is still being filled. */
  readShippedCorpus: () => Promise<Corpus>;
}

export function createSnapshot(entities: readonly Entity[]): CorpusSnapshot {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const relations = createRelationIndex(byId.values());
  const search = createEntitySearch(entities.map(toSearchEntry));
  return {
    search,
    entity: (id) => byId.get(id),
    details(id) {
      const entity = byId.get(id);
      return entity && relations.details(entity);
    },
    entities,
  };
}

/**
 * Loads the snapshot once and keeps it for the life of the page, loading again only when the
 * stored corpus version changes (an update while a side panel stays open) or a load failed.
 */
export function createSnapshotLoader(source: SnapshotSource): () => Promise<CorpusSnapshot> {
  let cached: { version: string; snapshot: Promise<CorpusSnapshot> } | undefined;
  return async () => {
    const version = await corpusVersion(source.db);
    if (cached && version !== undefined && cached.version === version) return cached.snapshot;
    const snapshot = (async () => {
      const stored = version === undefined ? [] : await source.db.entities.toArray();
      const entities = stored.length > 0 ? stored : (await source.readShippedCorpus()).entities;
      return createSnapshot(entities);
    })();
    if (version !== undefined) {
      const entry = { version, snapshot };
      cached = entry;
      snapshot.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return snapshot;
  };
}
