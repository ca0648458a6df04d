/**
 * Where the sync server keeps its documents. Every backend (SQLite, the embedded default;
 * PostgreSQL for several machines) gives the same guarantees, so that an acknowledgement sent
 * to a client always means the change is stored:
 *
 * - A document is a stored state plus a journal of the updates received since that state was
 *   written. Both are Yjs updates (version 1 encoding); merging them gives the document.
 * - `append(name, update)` resolves only once the update is durably stored: it survives a crash
 *   of this process (SIGKILL) and is visible to `load` in every process sharing the store. It
 *   rejects when the update could not be stored (disk full, store unreachable, locked past the
 *   backend's wait). After a rejection the update may or may not be stored; the caller treats
 *   it as not stored and never acknowledges it. Storing an update twice is harmless (Yjs
 *   updates are idempotent), so a client that resends loses and duplicates nothing.
 * - `append` must not block the event loop while it waits for the store (a lock held by another
 *   process, a slow disk): other documents and clients keep being served meanwhile.
 * - `load(name)` returns everything stored for the document as one update, or null when nothing
 *   was ever stored. It rejects with StorageError when stored data cannot be decoded, so the
 *   server refuses the document instead of serving (and later overwriting) a partial copy. It
 *   stays fast however long the journal grew (a backend may compact first).
 * - `compact(name)` folds the journal into the stored state. It never loses an update: rows
 *   appended while it runs, by this process or another, stay in the journal or are folded in;
 *   the stored state only ever grows by merging, it is never replaced by an in-memory copy. It
 *   may run at any time, from any process, concurrently with appends and loads; long work is
 *   split so the event loop stays free.
 * - `documentsToCompact(minRows)` lists the documents whose journal holds at least `minRows`
 *   updates, for start-up and background compaction after crashes.
 * - Opening a backend checks that the store is one of ours, of a schema this server
 *   understands, and intact; otherwise it throws StorageOpenError with a message for the
 *   operator. It never silently starts over with an empty store in place of an unreadable one.
 * - `close()` waits for work in flight and releases the store; later calls reject.
 */
export interface DocumentStorage {
  load(name: string): Promise<Uint8Array | null>;
  append(name: string, update: Uint8Array): Promise<void>;
  compact(name: string): Promise<void>;
  documentsToCompact(minRows: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Stored data cannot be read or written; the message names the document when there is one. */
export class StorageError extends Error {}

/** The store cannot be used at all: not ours, damaged, incomplete, or of a newer schema. */
export class StorageOpenError extends Error {}
