import * as Y from 'yjs';
import { databasePath } from '../../../server/config.ts';
import { DocumentStore } from '../../../server/storage/document-store.ts';
import { openDatabase } from '../../../server/storage/open-database.ts';

/** What the server's database holds for a document right now (state plus journal). */
export function readStoredDocument(dataDir: string, name: string): Y.Doc {
  const db = openDatabase(databasePath({ dataDir }));
  try {
    const doc = new Y.Doc();
    const update = new DocumentStore(db).read(name, doc);
    if (update) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    db.close();
  }
}
