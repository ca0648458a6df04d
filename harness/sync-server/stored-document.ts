import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { databasePath } from '../../server/config.ts';

/**
 * What the server's database holds for a document right now (state plus journal), read
 * straight from the file so that reading changes nothing in it.
 */
export function readStoredDocument(dataDir: string, name: string): Y.Doc {
  const db = new DatabaseSync(databasePath({ dataDir }), { readOnly: true });
  try {
    const state = db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Uint8Array } | undefined;
    const journal = db.prepare('SELECT data FROM updates WHERE document = ? ORDER BY id').all(name) as Array<{
      data: Uint8Array;
    }>;
    const doc = new Y.Doc();
    const parts = [...(state ? [state.state] : []), ...journal.map((row) => row.data)];
    if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts));
    return doc;
  } finally {
    db.close();
  }
}
