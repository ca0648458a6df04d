import Dexie, { type EntityTable } from 'dexie';
import type { Entity } from '../corpus-schema';

/**
 * The corpus in IndexedDB. It holds only data shipped with the extension, so a corpus update
 * may clear it wholesale. Team notes live in a separate database on purpose: nothing here
 * ever opens, migrates or clears them, and a corpus update cannot lose a note.
 */
export const CORPUS_DB_NAME = 'attache-corpus';

/** An entity as stored: the shipped fields plus the derived keys the indexes are built on. */
export interface StoredEntity extends Entity {
  /** Normalised name and aliases, for case-insensitive exact lookup. */
  aliasKeys: string[];
  /** Distinct normalised words of name, aliases and summary, for word-prefix search. */
  words: string[];
}

/** `release` is the extension version the corpus was last loaded for (see install-corpus). */
export type MetaKey = 'version' | 'loadedAt' | 'release';

export interface MetaRow {
  key: MetaKey;
  value: string;
}

export type CorpusDb = Dexie & {
  entities: EntityTable<StoredEntity, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Lets tests (and any non-browser caller) supply their own IndexedDB implementation. */
export interface IndexedDbEnvironment {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export function openCorpusDb(env?: IndexedDbEnvironment, name: string = CORPUS_DB_NAME): CorpusDb {
  const db = new Dexie(name, env ? { indexedDB: env.indexedDB, IDBKeyRange: env.IDBKeyRange } : {}) as CorpusDb;
  // A schema change needs a new version() here; the data itself is reloaded from the
  // shipped corpus, so upgrades never have to migrate rows.
  db.version(1).stores({
    entities: 'id, type, *aliasKeys, *words',
    meta: 'key',
  });
  return db;
}
