/**
 * What the UI shows about syncing: whether the server is reachable and up to date, and how
 * many changes made on this device have not reached it yet.
 *
 * - offline: no connection to the server (not configured, unreachable, or closed);
 * - syncing: connected, but some document is still exchanging updates or awaiting an ack;
 * - connected: connected, and the server holds every change made on this device;
 * - read-only: connected with a read-only token: the space can be read, not changed;
 * - denied: the server refused the token (revoked, or for another space).
 */
export type SyncState = 'offline' | 'syncing' | 'connected' | 'read-only' | 'denied';

export interface SyncStatus {
  state: SyncState;
  /** Local changes, across the space's documents, that the server has not acknowledged. */
  pendingChanges: number;
  /** When this page last saw every open document acknowledged; ISO timestamp. */
  lastSyncedAt: string | null;
}

/** The connection's part of the status; the pending count comes from the sync ledger. */
export type ConnectionStatus = Pick<SyncStatus, 'state' | 'lastSyncedAt'>;

export const INITIAL_STATUS: SyncStatus = { state: 'offline', pendingChanges: 0, lastSyncedAt: null };

/** A value that tells its subscribers when it changes. */
export interface Observable<T> {
  get(): T;
  /** Calls `listener` on every change (not with the current value); returns an unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

export interface WritableObservable<T> extends Observable<T> {
  set(value: T): void;
}

export function observable<T>(initial: T, equals: (a: T, b: T) => boolean = Object.is): WritableObservable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (equals(value, next)) return;
      value = next;
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function sameStatus(a: SyncStatus, b: SyncStatus): boolean {
  return a.state === b.state && a.pendingChanges === b.pendingChanges && a.lastSyncedAt === b.lastSyncedAt;
}

/** The status a page shows: its connection's state with the ledger's pending count. */
export function combineStatus(connection: Observable<ConnectionStatus> | null, pending: Observable<number>): Observable<SyncStatus> {
  const read = (): SyncStatus => {
    const current = connection?.get() ?? { state: 'offline', lastSyncedAt: null };
    const pendingChanges = pending.get();
    // Another page's or an earlier session's changes may still be on their way.
    const state = current.state === 'connected' && pendingChanges > 0 ? 'syncing' : current.state;
    return { ...current, state, pendingChanges };
  };
  const combined = observable<SyncStatus>(read(), sameStatus);
  connection?.subscribe(() => combined.set(read()));
  pending.subscribe(() => combined.set(read()));
  return combined;
}
