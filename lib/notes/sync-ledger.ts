import type * as Y from 'yjs';
import { decodeState, encodeState, holds, stateOfUpdate, unionOf } from './held-state';

/**
 * What this device knows about its documents' sync with the server, kept in IndexedDB next to
 * the documents so that every extension page and the background share it:
 *
 * - `unsent`: local changes not yet known to be on the server. The status line shows their
 *   sum; the background sync pushes every document where it is not zero.
 * - `needs`: what the server must hold for those changes to be there (their inserts and
 *   deletions as an encoded Yjs snapshot). Only a state the server showed it holds that
 *   contains `needs` sets `unsent` back to zero; an acknowledgement count never does, since a
 *   provider's count can run ahead of what the server received (see `sync-connection.ts`).
 * - `pulledAt`: the note's `updatedAt` as it was when the body was last fully synced. The
 *   background pulls a body again only when the index says the note changed since.
 *
 * Every change runs in one read-write transaction, so pages counting at once lose nothing, and
 * a change counted after the server's state was read is never cleared by it.
 */
export interface LedgerEntry {
  unsent: number;
  needs?: Uint8Array;
  pulledAt?: string;
}

export interface SyncLedger {
  /** Counts one local change; `update` is what it changed. */
  addUnsent(docName: string, update?: Uint8Array): Promise<void>;
  /**
   * Clears the document's count if `held`, a state the server showed it holds, contains every
   * counted change; resolves to whether nothing is pending now. Entries counted without an
   * update (older versions) are checked against `local`, this page's whole copy, instead.
   */
  markSent(docName: string, held: Y.Snapshot, local?: Y.Snapshot): Promise<boolean>;
  setPulledAt(docName: string, updatedAt: string): Promise<void>;
  read(): Promise<Map<string, LedgerEntry>>;
  /** Removes the entries of documents that no longer exist (purged notes). */
  forget(docName: string): Promise<void>;
  /** Closes the database once the operations under way are done; later ones fail. */
  close(): Promise<void>;
}

const STORE = 'docs';

export function ledgerDatabaseName(space: string): string {
  return `attache-notes-sync:${space}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('ledger transaction aborted'));
  });
}

export function openSyncLedger(space: string, factory: IDBFactory = indexedDB): SyncLedger {
  const opening = new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(ledgerDatabaseName(space), 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  const track = <T>(operation: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error(`sync ledger of "${space}" is closed`));
    const running = operation();
    inFlight.add(running);
    const untrack = () => inFlight.delete(running);
    running.then(untrack, untrack);
    return running;
  };

  const change = async (docName: string, edit: (entry: LedgerEntry) => LedgerEntry | null): Promise<LedgerEntry | null> => {
    let result: LedgerEntry | null = null;
    const db = await opening;
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const get = store.get(docName);
    // Written from the request's own callback: the transaction is certainly still active there.
    get.onsuccess = () => {
      const next = edit((get.result as LedgerEntry | undefined) ?? { unsent: 0 });
      if (next === null) store.delete(docName);
      else store.put(next, docName);
      result = next;
    };
    await done(tx);
    return result;
  };

  const count = (entry: LedgerEntry, wanted: Y.Snapshot | null): LedgerEntry => {
    const next: LedgerEntry = { ...entry, unsent: entry.unsent + 1 };
    // A change counted with nothing to say what it changed can only be cleared by the whole copy.
    if (wanted === null || (entry.unsent > 0 && entry.needs === undefined)) delete next.needs;
    else next.needs = encodeState(entry.needs === undefined ? wanted : unionOf(decodeState(entry.needs), wanted));
    return next;
  };
  const clearIfHeld = (entry: LedgerEntry, held: Y.Snapshot, local: Y.Snapshot | undefined): LedgerEntry => {
    if (entry.unsent === 0) return entry;
    const wanted = entry.needs === undefined ? local : decodeState(entry.needs);
    if (wanted === undefined || !holds(held, wanted)) return entry;
    const next: LedgerEntry = { ...entry, unsent: 0 };
    delete next.needs;
    return next;
  };

  return {
    addUnsent: (docName, update) => {
      const wanted = update === undefined ? null : stateOfUpdate(update);
      return track(() => change(docName, (entry) => count(entry, wanted)).then(() => undefined));
    },
    markSent: (docName, held, local) =>
      track(() => change(docName, (entry) => clearIfHeld(entry, held, local)).then((entry) => (entry?.unsent ?? 0) === 0)),
    setPulledAt: (docName, updatedAt) =>
      track(() => change(docName, (entry) => ({ ...entry, pulledAt: updatedAt })).then(() => undefined)),
    forget: (docName) => track(() => change(docName, () => null).then(() => undefined)),
    read: () =>
      track(async () => {
        const db = await opening;
        const store = db.transaction(STORE, 'readonly').objectStore(STORE);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        return new Map(keys.map((key, i) => [String(key), values[i] as LedgerEntry]));
      }),
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
      const db = await opening.catch(() => null);
      db?.close();
    },
  };
}

export function totalUnsent(entries: Map<string, LedgerEntry>): number {
  let total = 0;
  for (const entry of entries.values()) total += entry.unsent;
  return total;
}
