import { Database } from '@hocuspocus/extension-database';
import { isTransactionOrigin, type Extension } from '@hocuspocus/server';
import type { DocumentStore } from './storage/document-store.ts';

/**
 * Loads documents from and stores them to SQLite. Hocuspocus stores a document only after a
 * debounce; to lose nothing if the process dies inside that window, every update is also
 * appended to the journal the moment Yjs applies it, which is before the server acknowledges
 * it to the sender or forwards it to anyone.
 */
export function persistence(store: DocumentStore): Extension[] {
  const database = new Database({
    fetch: async ({ documentName, document }) => store.read(documentName, document),
    store: async ({ documentName, document }) => store.compact(documentName, document),
  });

  const journal: Extension = {
    extensionName: 'UpdateJournal',
    // Runs only when loading succeeded, once the stored state is in the document and before
    // any client message is applied to it.
    async afterLoadDocument({ documentName, document }) {
      store.markLoaded(document);
      document.on('update', (update: Uint8Array, origin: unknown) => {
        // Another server process relayed this update through Redis; that process journaled
        // it already, in the database both share.
        if (isTransactionOrigin(origin) && origin.source === 'redis') return;
        store.append(documentName, document, update);
      });
    },
  };

  return [database, journal];
}
