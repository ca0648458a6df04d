import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { LocalDoc } from './local-doc';
import type { SyncLedger } from './sync-ledger';
import { observable, type ConnectionStatus, type Observable } from './sync-status';

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
  /** Called after this connection cleared a count in the ledger. */
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
  status: Observable<ConnectionStatus>;
  /**
   * Resolves once every attached document (or those named) has synced and the server has
   * acknowledged all local changes. Callers bound the wait themselves.
   */
  settled(names?: string[]): Promise<void>;
  /** Resolves once the socket is connected. */
  online(): Promise<void>;
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
  const status = observable<ConnectionStatus>(
    { state: 'offline', lastSyncedAt: null },
    (a, b) => a.state === b.state && a.lastSyncedAt === b.lastSyncedAt,
  );
  const waiters = new Set<() => void>();
  let destroyed = false;

  const isSettled = (entry: Attached) => entry.provider.isSynced && entry.provider.unsyncedChanges === 0;

  const update = () => {
    if (destroyed) return;
    const entries = [...attached.values()];
    const current = status.get();
    let state: ConnectionStatus['state'];
    if (entries.some((entry) => entry.denied)) state = 'denied';
    else if (socket.status !== WebSocketStatus.Connected) state = 'offline';
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
        // Routes messages by document name plus a per-provider session id, so a note closed
        // and opened again on the same socket is a new session for the server, not a late
        // message to the one it is still closing (Hocuspocus 4 servers understand this).
        sessionAwareness: true,
        ...(attachOptions.awareness === false ? { awareness: null } : {}),
      });
      const entry: Attached = { local, provider, denied: false, cleanup: () => undefined };

      // The ledger counts local changes (`countLocalChanges`); this only notes that there is
      // a count to clear once the server acknowledges.
      const onLocalUpdate = (_update: Uint8Array, _origin: unknown, _doc: unknown, transaction: { local: boolean }) => {
        if (transaction.local) dirty.add(local.name);
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
