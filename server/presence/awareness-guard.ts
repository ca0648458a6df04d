import type { Connection, Document, Extension } from '@hocuspocus/server';
import type { AccessContext } from '../access/authenticate.ts';
import { readAwarenessEntries } from './awareness-message.ts';

/**
 * Presence identity model: an awareness state is keyed by the Yjs client id of the peer that
 * publishes it, and that id is what other peers attach a cursor and a name to. The name and
 * colour inside the state are free text. So a client id is bound to whoever claimed it first:
 * the claiming connection, and after it closes, the member (token) and provider session it
 * spoke for. While that connection is open no other connection may publish for the id; once
 * it closed, only a connection of the same member and session (the same provider
 * reconnecting) may, until the id is released: when no state has been published for it for
 * the awareness timeout. Read-only members are bound like everyone else. A connection claims at most one id per document (a provider has
 * exactly one). Entries for any other client id are dropped from the update; the rest goes
 * through.
 */
const CLAIMS_PER_CONNECTION = 1;
// y-protocols drops a peer's presence after 30 s without renewal; a released id waits as long.
const RELEASE_AFTER_MS = 30_000;

interface Claim {
  /** null when the connection carries no grant: then only that connection may use the id. */
  owner: string | null;
  connection: Connection;
  document: Document;
  /** When the claiming connection was first seen closed. */
  closedAt?: number;
}

export function awarenessGuard(options: { releaseAfterMs?: number } = {}): Extension {
  const releaseAfterMs = options.releaseAfterMs ?? RELEASE_AFTER_MS;
  // Decided on the raw message, applied to the decoded states Hocuspocus hands to
  // beforeHandleAwareness right after (messages of one connection are handled in order).
  const allowedByConnection = new WeakMap<Connection, Set<number>>();
  // By document name rather than object: a document unloaded when its last client left and
  // loaded again must not free the ids of those who are about to reconnect.
  const claimsByName = new Map<string, Map<number, Claim>>();

  const claimsOf = (document: Document) => {
    let claims = claimsByName.get(document.name);
    if (!claims) claimsByName.set(document.name, (claims = new Map()));
    return claims;
  };
  const isOpen = (claim: Claim) => claim.document.hasConnection(claim.connection);
  /** Whether a closed claim has waited out the release time (starting it if unseen so far). */
  const isReleased = (claim: Claim) => {
    claim.closedAt ??= Date.now();
    return Date.now() - claim.closedAt >= releaseAfterMs;
  };

  /** Whether `connection` may publish for `clientId`; records a new claim when it may. */
  const mayClaim = (document: Document, connection: Connection, clientId: number): boolean => {
    const claims = claimsOf(document);
    const claim = claims.get(clientId);
    const owner = ownerOf(connection);
    if (claim) {
      // While the claiming connection is open, nobody else speaks for the id, not even
      // another connection with the same token (members may share one).
      if (isOpen(claim)) return false;
      if (owner !== null && claim.owner === owner) {
        // The same provider reconnected: the claim moves along.
        claims.set(clientId, { owner, connection, document });
        return true;
      }
      if (!isReleased(claim)) return false;
    }
    // Ids held through another server process have no claim here.
    if (recentlyPresent(document, clientId, releaseAfterMs)) return false;
    claims.set(clientId, { owner, connection, document });
    return true;
  };

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
        if (claimsOf(document).get(clientId)?.connection === connection) {
          allowed.add(clientId);
        } else if (state !== null && newClaims > 0 && mayClaim(document, connection, clientId)) {
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

    async onDisconnect() {
      // Forget claims nobody can hold any more, so that they do not pile up.
      for (const [name, claims] of claimsByName) {
        for (const [clientId, claim] of claims) {
          if (!isOpen(claim) && isReleased(claim)) claims.delete(clientId);
        }
        if (claims.size === 0) claimsByName.delete(name);
      }
    },
  };
}

/** The member and provider session a connection speaks for, or null when unknown. */
function ownerOf(connection: Connection): string | null {
  const grant = (connection.context as Partial<AccessContext> | undefined)?.grant;
  return grant ? `${grant.id}\0${connection.sessionId ?? ''}` : null;
}

/**
 * Whether the id has a presence state, or had one less than `releaseAfterMs` ago. Awareness
 * keeps each id's last change time, removal included, whichever process it came from.
 */
function recentlyPresent(document: Document, clientId: number, releaseAfterMs: number): boolean {
  if (document.awareness.getStates().has(clientId)) return true;
  const meta = document.awareness.meta.get(clientId);
  return meta !== undefined && Date.now() - meta.lastUpdated < releaseAfterMs;
}
