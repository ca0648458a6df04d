import Dexie, { type EntityTable } from 'dexie';
import type { Entity } from '../../shared/corpus-format/corpus-schema';

/**
 * The corpus in IndexedDB. It holds only data shipped with the extension, so a corpus update
 * may clear it wholesale. Team notes live in a separate database on purpose: nothing here
 * ever opens, migrates or clears them, and a corpus update cannot lose a note.
 */
export const CORPUS_DB_NAME = 'attache-corpus';

/** `release` is the extension version the corpus was last loaded for (see install-corpus). */
export type MetaKey = 'version' | 'loadedAt' | 'release';

export interface MetaRow {
  key: MetaKey;
  value: string;
}

export type CorpusDb = Dexie & {
  entities: EntityTable<Entity, 'id'>;
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
  // Version 1 kept index keys for lookups that every reader now does on its in-memory
  // snapshot; the rows lose them so that stored entities are the shipped shape.
  db.version(2)
    .stores({ entities: 'id', meta: 'key' })
    .upgrade((tx) =>
      tx
        .table('entities')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row.aliasKeys;
          delete row.words;
        }),
    );
  return db;
}
