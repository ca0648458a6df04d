import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { LocalDoc } from './local-doc';
import type { SyncLedger } from './sync-ledger';
import { MAX_SYNC_MESSAGE_BYTES } from './sync-limits';
import { SyncProvider } from './sync-provider';
import { observable, type ConnectionStatus, type Observable } from './sync-status';

/**
 * One connection to the sync server, shared by every document a page has open: a single
 * WebSocket (HocuspocusProviderWebsocket) multiplexing one provider per document.
 *
 * **When a change counts as acknowledged.** The Hocuspocus provider keeps an acknowledgement
 * count (`unsyncedChanges`), but it cannot say what the server stored: every (re)connection
 * sets it to 1, although updates queued while offline still go out from the socket's queue
 * after reconnecting, each answered by an acknowledgement of its own; the count stops at zero,
 * so those surplus acknowledgements then cancel updates sent after them and not yet received;
 * and the reply carrying the offline backlog is counted by that same 1, which any earlier
 * acknowledgement uses up. A client trusting the count showed "nothing pending" with thousands
 * of updates still on their way when the server was killed. So here a document's count in the
 * ledger is cleared only by a state the server showed it holds (its answer to a sync step 1,
 * see `SyncProvider`) that contains every counted change. Acknowledgements only prompt the
 * connection to ask for that state again.
 */
export interface ConnectionOptions {
  serverUrl: string;
  token: string;
  ledger: SyncLedger;
  /** Called after this connection cleared a count in the ledger. */
  onLedgerChanged?: () => void;
  /** For Node, where there is no global WebSocket (tests pass `ws`). */
  WebSocketPolyfill?: unknown;
  /** Reconnection timing; the defaults back off from 1 s to 30 s. */
  retry?: { delay?: number; minDelay?: number; maxDelay?: number; jitter?: boolean };
  /** Largest message sent; larger updates go in pieces. Default MAX_SYNC_MESSAGE_BYTES. */
  maxMessageBytes?: number;
}

export interface AttachOptions {
  /** Share presence (cursors, who is here). Off for the background, which has no one to show. */
  awareness?: boolean;
}

export interface SyncConnection {
  attach(local: LocalDoc, options?: AttachOptions): HocuspocusProvider;
  detach(name: string): void;
  provider(name: string): HocuspocusProvider | undefined;
  status: Observable<ConnectionStatus>;
  /**
   * Resolves once every attached document (or those named) has synced and the server holds
   * every change counted for it (or, for a read-only member, once it has synced: nothing it
   * writes can reach the server). Callers bound the wait themselves.
   */
  settled(names?: string[]): Promise<void>;
  /** Resolves once the socket is connected. */
  online(): Promise<void>;
  connect(): void;
  disconnect(): void;
  destroy(): void;
}

// Acknowledgements come one per update; ask for the server's state once they pause.
const STATE_REQUEST_DELAY_MS = 50;
// Answers that clear nothing although acknowledgements came: stop asking until a new change.
const MAX_FRUITLESS_REQUESTS = 3;

interface Attached {
  local: LocalDoc;
  provider: SyncProvider;
  denied: boolean;
  readOnly: boolean;
  /** Counted changes may exist that no state of the server has yet been shown to hold. */
  unconfirmed: boolean;
  /** Bumped by every local change, so that an answer read before it does not clear it. */
  changes: number;
  requesting: boolean;
  acknowledgedSinceRequest: number;
  fruitless: number;
  timer: ReturnType<typeof setTimeout> | null;
  cleanup: () => void;
}

export function createSyncConnection(options: ConnectionOptions): SyncConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: options.serverUrl,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    ...options.retry,
  });
  const attached = new Map<string, Attached>();
  const status = observable<ConnectionStatus>(
    { state: 'offline', lastSyncedAt: null },
    (a, b) => a.state === b.state && a.lastSyncedAt === b.lastSyncedAt,
  );
  const waiters = new Set<() => void>();
  let destroyed = false;

  const isSettled = (entry: Attached) => entry.provider.isSynced && (!entry.unconfirmed || entry.readOnly);

  const update = () => {
    if (destroyed) return;
    const entries = [...attached.values()];
    const current = status.get();
    let state: ConnectionStatus['state'];
    if (entries.some((entry) => entry.denied)) state = 'denied';
    else if (socket.status !== WebSocketStatus.Connected) state = 'offline';
    else if (entries.some((entry) => entry.readOnly)) state = 'read-only';
    else state = entries.every(isSettled) ? 'connected' : 'syncing';
    const lastSyncedAt =
      state === 'connected' && current.state !== 'connected' ? new Date().toISOString() : current.lastSyncedAt;
    status.set({ state, lastSyncedAt });
    for (const waiter of [...waiters]) waiter();
  };

  const ledgerChanged = () => {
    if (!destroyed) options.onLedgerChanged?.();
  };
  const report = (error: unknown) => console.warn('Attaché notes: sync ledger not written:', error);

  /** Resolves once `ready` holds; checked on every change of socket or provider state. */
  const when = (ready: () => boolean) => {
    if (ready()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const check = () => {
        if (!ready()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
    });
  };

  const requestState = (entry: Attached) => {
    if (entry.timer !== null || entry.requesting || !entry.unconfirmed || entry.readOnly) return;
    if (entry.fruitless >= MAX_FRUITLESS_REQUESTS) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (destroyed || attached.get(entry.local.name) !== entry || !entry.provider.isSynced) return;
      entry.requesting = true;
      entry.acknowledgedSinceRequest = 0;
      entry.provider.requestServerState();
    }, STATE_REQUEST_DELAY_MS);
  };

  const onServerState = (entry: Attached, held: Y.Snapshot) => {
    entry.requesting = false;
    const changesBefore = entry.changes;
    options.ledger.markSent(entry.local.name, held, Y.snapshot(entry.local.doc)).then((clear) => {
      if (clear && entry.changes === changesBefore) {
        entry.unconfirmed = false;
        entry.fruitless = 0;
      } else if (entry.acknowledgedSinceRequest > 0) {
        entry.fruitless += 1;
        requestState(entry);
      }
      ledgerChanged();
      update();
    }, report);
  };

  socket.on('status', update);

  return {
    attach(local, attachOptions = {}) {
      const existing = attached.get(local.name);
      if (existing) return existing.provider;
      // The hooks run only once messages arrive, by which time `entry` exists.
      const hooks = {
        maxMessageBytes: options.maxMessageBytes ?? MAX_SYNC_MESSAGE_BYTES,
        onServerState: (held: Y.Snapshot) => onServerState(entry, held),
        onAcknowledged: (applied: boolean) => {
          if (!applied) return;
          entry.acknowledgedSinceRequest += 1;
          requestState(entry);
        },
      };
      const provider = new SyncProvider(
        {
          websocketProvider: socket,
          name: local.name,
          document: local.doc,
          token: options.token,
          // Routes messages by document name plus a per-provider session id, so a note closed
          // and opened again on the same socket is a new session for the server, not a late
          // message to the one it is still closing (Hocuspocus 4 servers understand this).
          sessionAwareness: true,
          ...(attachOptions.awareness === false ? { awareness: null } : {}),
        },
        hooks,
      );
      const entry: Attached = {
        local,
        provider,
        denied: false,
        readOnly: false,
        unconfirmed: true,
        changes: 0,
        requesting: false,
        acknowledgedSinceRequest: 0,
        fruitless: 0,
        timer: null,
        cleanup: () => undefined,
      };

      const onLocalUpdate = (_update: Uint8Array, _origin: unknown, _doc: unknown, transaction: { local: boolean }) => {
        if (!transaction.local) return;
        entry.changes += 1;
        entry.unconfirmed = true;
        entry.fruitless = 0;
        update();
      };
      const onClose = () => {
        entry.requesting = false;
        update();
      };
      const onDenied = () => {
        entry.denied = true;
        update();
      };
      const onAuthenticated = ({ scope }: { scope: string }) => {
        entry.denied = false;
        entry.readOnly = scope === 'readonly';
        update();
      };
      local.doc.on('update', onLocalUpdate);
      provider.on('synced', update);
      provider.on('close', onClose);
      provider.on('authenticationFailed', onDenied);
      provider.on('authenticated', onAuthenticated);
      entry.cleanup = () => {
        local.doc.off('update', onLocalUpdate);
        if (entry.timer !== null) clearTimeout(entry.timer);
      };
      attached.set(local.name, entry);
      provider.attach();
      update();
      return provider;
    },
    detach(name) {
      const entry = attached.get(name);
      if (!entry) return;
      attached.delete(name);
      entry.cleanup();
      entry.provider.destroy();
      update();
    },
    provider: (name) => attached.get(name)?.provider,
    status,
    settled(names) {
      return when(() => {
        const entries = names ? names.map((name) => attached.get(name)) : [...attached.values()];
        return socket.status === WebSocketStatus.Connected && entries.every((entry) => entry !== undefined && isSettled(entry));
      });
    },
    online: () => when(() => socket.status === WebSocketStatus.Connected),
    connect: () => void socket.connect(),
    disconnect: () => socket.disconnect(),
    destroy() {
      for (const name of [...attached.keys()]) this.detach(name);
      destroyed = true;
      waiters.clear();
      socket.destroy();
    },
  };
}
