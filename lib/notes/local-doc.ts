import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { localDatabaseName } from './doc-names';
import type { UpdateRelay } from './update-relay';

/**
 * A document kept on this device. y-indexeddb appends every update to IndexedDB in its own
 * transaction the moment Yjs applies it (only compaction is debounced), so an edit made just
 * before a page closes is already stored; there is nothing to flush on `pagehide`.
 */
export interface LocalDoc {
  name: string;
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  /** Resolves once what IndexedDB held is in `doc`. */
  loaded: Promise<void>;
  close(): Promise<void>;
}

export function openLocalDoc(name: string, relay?: UpdateRelay, doc = new Y.Doc()): LocalDoc {
  const persistence = new IndexeddbPersistence(localDatabaseName(name), doc);
  // Updates relayed from another page carry the persistence as their origin: y-indexeddb then
  // does not store them again, since the page that made them stored them already.
  const shared = relay?.share(name, doc, persistence);
  const loaded = persistence.whenSynced.then(() => shared?.requestMissing());
  return {
    name,
    doc,
    persistence,
    loaded,
    async close() {
      shared?.leave();
      await persistence.destroy();
      doc.destroy();
    },
  };
}

/** Removes a document's copy from this device (leaving a space, purging a note). */
export async function deleteLocalDoc(name: string): Promise<void> {
  await clearDocument(localDatabaseName(name));
}

/**
 * A document as this device has stored it, read afresh from IndexedDB rather than from any copy
 * open in memory: what survives if the page closed now.
 */
export async function readStoredDoc(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(localDatabaseName(name), doc);
  try {
    // `whenSynced` never settles when the database cannot be opened; `_db` then rejects.
    await Promise.all([persistence._db, persistence.whenSynced]);
  } finally {
    await persistence.destroy().catch(() => undefined);
  }
  return doc;
}
