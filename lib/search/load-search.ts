import type { Corpus } from '../corpus-schema';
import { corpusVersion, type CorpusDb } from '../corpus-db';
import { createEntitySearch, type EntitySearch } from './entity-search';
import { toSearchEntry } from './search-entry';

export interface SearchSource {
  db: CorpusDb;
  /** The shipped corpus, validated: used only while the database is still being filled. */
  readShippedCorpus: () => Promise<Corpus>;
}

/**
 * Builds the search over the stored corpus and keeps it for the life of the page, rebuilding
 * only when the stored corpus version changes (an update while a side panel stays open).
 */
export function createSearchLoader(source: SearchSource): () => Promise<EntitySearch> {
  let cached: { version: string | undefined; search: Promise<EntitySearch> } | undefined;
  return async () => {
    const version = await corpusVersion(source.db);
    if (cached && cached.version === version && version !== undefined) return cached.search;
    const search = (async () => {
      const stored = version === undefined ? [] : await source.db.entities.toArray();
      const entities = stored.length > 0 ? stored : (await source.readShippedCorpus()).entities;
      return createEntitySearch(entities.map(toSearchEntry));
    })();
    cached = { version, search };
    search.catch(() => {
      if (cached?.search === search) cached = undefined;
    });
    return search;
  };
}
