/**
 * What this device knows about its documents' sync with the server, kept in IndexedDB next to
 * the documents so that every extension page and the background share it:
 *
 * - `unsent`: local changes made since the server last acknowledged everything this device
 *   had for the document. The status line shows their sum; the background sync pushes every
 *   document where it is not zero.
 * - `pulledAt`: the note's `updatedAt` as it was when the body was last fully synced. The
 *   background pulls a body again only when the index says the note changed since.
 *
 * Increments run in one read-write transaction each, so pages counting at once lose nothing.
 */
export interface LedgerEntry {
  unsent: number;
  pulledAt?: string;
}

export interface SyncLedger {
  addUnsent(docName: string): Promise<void>;
  markSent(docName: string): Promise<void>;
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

  const change = async (docName: string, edit: (entry: LedgerEntry) => LedgerEntry | null) => {
    const db = await opening;
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const get = store.get(docName);
    // Written from the request's own callback: the transaction is certainly still active there.
    get.onsuccess = () => {
      const next = edit((get.result as LedgerEntry | undefined) ?? { unsent: 0 });
      if (next === null) store.delete(docName);
      else store.put(next, docName);
    };
    await done(tx);
  };

  return {
    addUnsent: (docName) => track(() => change(docName, (entry) => ({ ...entry, unsent: entry.unsent + 1 }))),
    markSent: (docName) => track(() => change(docName, (entry) => ({ ...entry, unsent: 0 }))),
    setPulledAt: (docName, updatedAt) => track(() => change(docName, (entry) => ({ ...entry, pulledAt: updatedAt }))),
    forget: (docName) => track(() => change(docName, () => null)),
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
