import { isTransactionOrigin, type Extension, type beforeSyncPayload } from '@hocuspocus/server';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import type { DocumentStorage } from './storage/document-storage.ts';
import { assertValidUpdate } from './storage/valid-update.ts';

// Application close codes (4000-4999). The provider reconnects after any close and sends
// everything the server has not acknowledged again.
const STORAGE_UNAVAILABLE = { code: 4503, reason: 'storage-unavailable' };
const INVALID_UPDATE = { code: 4400, reason: 'invalid-update' };

/** An error Hocuspocus turns into closing the connection; one log line, no stack. */
function refusal(message: string, event: { code: number; reason: string }): Error {
  const error = Object.assign(new Error(message), event);
  error.stack = `Error: ${message}`;
  return error;
}

/**
 * Loads documents from the storage and journals every change a client sends before it is
 * applied, so an acknowledgement (SyncStatus applied) always means the change is stored:
 *
 * - beforeSync runs, awaited, for each sync message of a connection before Hocuspocus applies
 *   it and answers applied=true. An update that is not a whole Yjs update is refused there; a
 *   valid one is appended to the journal, and only once the storage confirms does Hocuspocus
 *   go on. If the append fails, the error closes the socket: nothing is applied, forwarded or
 *   acknowledged, and the provider reconnects and sends the change again.
 * - Read-only connections are left to Hocuspocus, which applies nothing of theirs.
 * - Hocuspocus's debounced store compacts the journal; nothing in memory is ever written over
 *   the stored state.
 */
export function persistence(storage: DocumentStorage): Extension[] {
  const journal: Extension = {
    extensionName: 'UpdateJournal',
    async onLoadDocument({ documentName, document }) {
      const update = await storage.load(documentName);
      if (update) Y.applyUpdate(document, update);
    },
    async onStoreDocument({ documentName }) {
      await storage.compact(documentName);
    },
    async beforeSync({ type, payload, connection, document, documentName }: beforeSyncPayload) {
      if ((type !== messageYjsSyncStep2 && type !== messageYjsUpdate) || connection.readOnly) return;
      try {
        assertValidUpdate(payload);
      } catch (error) {
        throw refusal(`refused an update to "${documentName.slice(0, 100)}": ${(error as Error).message}`, INVALID_UPDATE);
      }
      // A client answers the server's state vector with everything it may lack; after a
      // reconnect that is usually nothing new, which need not be stored again.
      if (type === messageYjsSyncStep2 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return;
      try {
        await storage.append(documentName, payload);
      } catch (error) {
        connection.webSocket.close(STORAGE_UNAVAILABLE.code, STORAGE_UNAVAILABLE.reason);
        throw refusal(
          `could not store an update to "${documentName.slice(0, 100)}", closed the connection: ${(error as Error).message}`,
          STORAGE_UNAVAILABLE,
        );
      }
    },
    async afterLoadDocument({ documentName, document }) {
      // Changes made on the server itself (none today) are journaled when they happen; client
      // changes were journaled in beforeSync, and those relayed through Redis by the process
      // that received them.
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (isTransactionOrigin(origin) && (origin.source === 'connection' || origin.source === 'redis')) return;
        storage.append(documentName, update).catch((error: unknown) => {
          console.error(`could not journal a server-side change to "${documentName}": ${(error as Error).message}`);
        });
      });
    },
  };
  return [journal];
}
