import type { Connection, Document, Extension } from '@hocuspocus/server';
import { readAwarenessEntries } from './awareness-message.ts';

/**
 * Presence identity model: an awareness state is keyed by the Yjs client id of the peer that
 * publishes it, and that id is what other peers attach a cursor and a name to. The name and
 * colour inside the state are free text. A connection may therefore publish states only for
 * client ids it claimed first, and claims at most one per document (a provider has exactly
 * one). Entries for any other client id are dropped from the update; the rest goes through.
 */
const CLAIMS_PER_CONNECTION = 1;

export function awarenessGuard(): Extension {
  // Decided on the raw message, applied to the decoded states Hocuspocus hands to
  // beforeHandleAwareness right after (messages of one connection are handled in order).
  const allowedByConnection = new WeakMap<Connection, Set<number>>();

  return {
    extensionName: 'AwarenessGuard',

    async beforeHandleMessage({ connection, document, update }) {
      let entries;
      try {
        entries = readAwarenessEntries(update);
      } catch (cause) {
        throw new Error(`malformed awareness message on "${document.name}": ${String(cause)}`);
      }
      if (entries === null) return;
      const claimed = document.getClients(connection);
      let newClaims = CLAIMS_PER_CONNECTION - claimed.size;
      const allowed = new Set<number>();
      for (const { clientId, state } of entries) {
        if (claimed.has(clientId)) {
          allowed.add(clientId);
        } else if (state !== null && newClaims > 0 && !isClaimedElsewhere(document, connection, clientId)) {
          allowed.add(clientId);
          newClaims--;
        }
      }
      allowedByConnection.set(connection, allowed);
    },

    async beforeHandleAwareness({ connection, states }) {
      // Updates relayed by another server process were checked by that process.
      if (!connection) return;
      const allowed = allowedByConnection.get(connection) ?? new Set<number>();
      allowedByConnection.delete(connection);
      // The decoded map may hold more than the message did (Hocuspocus decodes into a scratch
      // awareness with its own client id); only what was allowed above survives.
      for (const clientId of [...states.keys()]) {
        if (!allowed.has(clientId)) states.delete(clientId);
      }
    },
  };
}

function isClaimedElsewhere(document: Document, connection: Connection, clientId: number): boolean {
  if (document.awareness.getStates().has(clientId)) return true;
  return document.getConnections().some((other) => other !== connection && document.getClients(other).has(clientId));
}
