import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { LocalDoc } from './local-doc';
import type { SyncLedger } from './sync-ledger';
import { totalUnsent } from './sync-ledger';
import { INITIAL_STATUS, observable, sameStatus, type Observable, type SyncStatus } from './sync-status';

/**
 * One connection to the sync server, shared by every document a page has open: a single
 * WebSocket (HocuspocusProviderWebsocket) multiplexing one HocuspocusProvider per document.
 * It counts local changes into the ledger and clears a document's count once the server has
 * acknowledged everything.
 */
export interface ConnectionOptions {
  serverUrl: string;
  token: string;
  ledger: SyncLedger;
  /** Called after this connection changed the ledger, so other pages can refresh theirs. */
  onLedgerChanged?: () => void;
  /** For Node, where there is no global WebSocket (tests pass `ws`). */
  WebSocketPolyfill?: unknown;
  /** Reconnection timing; the defaults back off from 1 s to 30 s. */
  retry?: { delay?: number; minDelay?: number; maxDelay?: number; jitter?: boolean };
}

export interface AttachOptions {
  /** Share presence (cursors, who is here). Off for the background, which has no one to show. */
  awareness?: boolean;
}

export interface SyncConnection {
  attach(local: LocalDoc, options?: AttachOptions): HocuspocusProvider;
  detach(name: string): void;
  provider(name: string): HocuspocusProvider | undefined;
  status: Observable<SyncStatus>;
  /**
   * Resolves once every attached document (or those named) has synced and the server has
   * acknowledged all local changes. Callers bound the wait themselves.
   */
  settled(names?: string[]): Promise<void>;
  /** Resolves once the socket is connected. */
  online(): Promise<void>;
  /** Rereads the pending count from the ledger (another page changed it). */
  refreshPending(): Promise<void>;
  connect(): void;
  disconnect(): void;
  destroy(): void;
}

interface Attached {
  local: LocalDoc;
  provider: HocuspocusProvider;
  denied: boolean;
  cleanup: () => void;
}

export function createSyncConnection(options: ConnectionOptions): SyncConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: options.serverUrl,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    ...options.retry,
  });
  const attached = new Map<string, Attached>();
  // Documents with local changes this page counted and has not yet seen acknowledged.
  const dirty = new Set<string>();
  const status = observable<SyncStatus>(INITIAL_STATUS, sameStatus);
  const waiters = new Set<() => void>();
  let pending = 0;
  let destroyed = false;

  const isSettled = (entry: Attached) => entry.provider.isSynced && entry.provider.unsyncedChanges === 0;

  const update = () => {
    if (destroyed) return;
    const entries = [...attached.values()];
    const current = status.get();
    let state: SyncStatus['state'];
    if (entries.some((entry) => entry.denied)) state = 'denied';
    else if (socket.status !== WebSocketStatus.Connected) state = 'offline';
    else state = entries.every(isSettled) ? 'connected' : 'syncing';
    const lastSyncedAt =
      state === 'connected' && current.state !== 'connected' ? new Date().toISOString() : current.lastSyncedAt;
    status.set({ state, pendingChanges: pending, lastSyncedAt });
    for (const waiter of [...waiters]) waiter();
  };

  const refreshPending = async () => {
    pending = totalUnsent(await options.ledger.read());
    update();
  };
  const ledgerChanged = () => {
    refreshPending().catch((error) => console.warn('Attaché notes: sync ledger not read:', error));
    options.onLedgerChanged?.();
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

  socket.on('status', update);

  return {
    attach(local, attachOptions = {}) {
      const existing = attached.get(local.name);
      if (existing) return existing.provider;
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: local.name,
        document: local.doc,
        token: options.token,
        ...(attachOptions.awareness === false ? { awareness: null } : {}),
      });
      const entry: Attached = { local, provider, denied: false, cleanup: () => undefined };

      const onLocalUpdate = (_update: Uint8Array, _origin: unknown, _doc: unknown, transaction: { local: boolean }) => {
        // Updates from the server, from IndexedDB or relayed by another page arrive through
        // Y.applyUpdate, which marks the transaction as not local: none is a change made here.
        if (!transaction.local) return;
        dirty.add(local.name);
        options.ledger.addUnsent(local.name).then(ledgerChanged, report);
      };
      const onProgress = () => {
        if (isSettled(entry) && dirty.has(local.name)) {
          dirty.delete(local.name);
          options.ledger.markSent(local.name).then(ledgerChanged, report);
        }
        update();
      };
      const onSynced = () => {
        // The first sync sends whatever earlier sessions left unsent, so the ledger's count
        // for this document is settled too once it is acknowledged.
        dirty.add(local.name);
        onProgress();
      };
      const onDenied = () => {
        entry.denied = true;
        update();
      };
      const onAuthenticated = () => {
        entry.denied = false;
        update();
      };
      local.doc.on('update', onLocalUpdate);
      provider.on('unsyncedChanges', onProgress);
      provider.on('synced', onSynced);
      provider.on('authenticationFailed', onDenied);
      provider.on('authenticated', onAuthenticated);
      entry.cleanup = () => local.doc.off('update', onLocalUpdate);
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
    refreshPending,
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
