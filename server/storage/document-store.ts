import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import * as Y from 'yjs';
import { inTransaction } from './open-database.ts';

/** What this process knows about the stored copy of one document it holds in memory. */
interface Holding {
  /** Marks the journal rows this in-memory copy wrote itself. */
  writer: string;
  /** documents.revision when this copy last read or wrote the stored state. */
  revision: number;
  /** Every journal row up to this id is already part of this copy. */
  journalMark: number;
}

interface PendingLoad extends Holding {
  name: string;
}

export class StorageError extends Error {}

/**
 * Keeps each document as a full Yjs state plus a journal of the updates received since that
 * state was written. Appending to the journal is synchronous and happens before the sender is
 * acknowledged, so a crash between two compactions loses nothing; compaction folds the journal
 * into the state.
 *
 * Several processes may share the database (see the Redis setup). A process therefore never
 * overwrites the stored state with its own copy unless it knows that copy contains everything
 * stored: otherwise it merges what others wrote first.
 */
export class DocumentStore {
  // Keyed by the in-memory document: a document that failed to load never gets an entry,
  // so it can never be written back over what is stored.
  private readonly pending = new WeakMap<Y.Doc, PendingLoad>();
  private readonly holdings = new WeakMap<Y.Doc, Holding>();

  // Prepared once: the journal insert runs for every update every client sends.
  private readonly insertUpdate: StatementSync;
  private readonly selectStored: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.insertUpdate = db.prepare('INSERT INTO updates (document, writer, data) VALUES (?, ?, ?)');
    this.selectStored = db.prepare('SELECT state, revision FROM documents WHERE name = ?');
  }

  private storedRow(name: string): { state: Uint8Array; revision: number } | undefined {
    return this.selectStored.get(name) as { state: Uint8Array; revision: number } | undefined;
  }

  /**
   * Reads the stored state and the journal of a document as one update (null when the
   * document was never stored). Throws when the stored data cannot be read, so the caller
   * refuses the connection rather than serving an empty document.
   */
  read(name: string, doc: Y.Doc): Uint8Array | null {
    const { state, revision, journal } = inTransaction(this.db, () => {
      const row = this.storedRow(name);
      const journal = this.db
        .prepare('SELECT id, data FROM updates WHERE document = ? ORDER BY id')
        .all(name) as Array<{ id: number; data: Uint8Array }>;
      return { state: row?.state ?? null, revision: row?.revision ?? 0, journal };
    }, 'DEFERRED');
    const parts = [...(state ? [state] : []), ...journal.map((entry) => entry.data)];
    const journalMark = journal.at(-1)?.id ?? 0;
    let update: Uint8Array | null = null;
    if (parts.length > 0) {
      try {
        update = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
        // Decoding walks every struct, so damaged bytes fail here instead of half-applying.
        Y.decodeUpdate(update);
      } catch (cause) {
        throw new StorageError(`document "${name}": stored data cannot be decoded (${String(cause)})`);
      }
    }
    this.pending.set(doc, { name, writer: randomUUID(), revision, journalMark });
    return update;
  }

  /**
   * Called once the stored update has been applied to `doc`: from now on its updates are
   * journaled and it may be compacted.
   */
  markLoaded(doc: Y.Doc): void {
    const pending = this.pending.get(doc);
    if (!pending) throw new StorageError('a document was marked loaded without being read from storage');
    this.pending.delete(doc);
    this.holdings.set(doc, { writer: pending.writer, revision: pending.revision, journalMark: pending.journalMark });
  }

  isLoaded(doc: Y.Doc): boolean {
    return this.holdings.has(doc);
  }

  /** Appends one update that `doc` has just applied. */
  append(name: string, doc: Y.Doc, update: Uint8Array): void {
    const holding = this.requireHolding(name, doc);
    this.insertUpdate.run(name, holding.writer, update);
  }

  /** Writes the full state of `doc` and drops the journal rows it now contains. */
  compact(name: string, doc: Y.Doc): void {
    const holding = this.requireHolding(name, doc);
    inTransaction(this.db, () => {
      const row = this.storedRow(name);
      const journal = this.db
        .prepare('SELECT id, writer FROM updates WHERE document = ? ORDER BY id')
        .all(name) as Array<{ id: number; writer: string }>;
      const storedRevision = row?.revision ?? 0;
      const foreign = journal.filter((entry) => entry.writer !== holding.writer && entry.id > holding.journalMark);

      let state = Y.encodeStateAsUpdate(doc);
      if (storedRevision !== holding.revision || foreign.length > 0) {
        // Someone else wrote since this copy last looked: keep their content too.
        const merged = new Y.Doc();
        if (row && storedRevision !== holding.revision) Y.applyUpdate(merged, row.state);
        const read = this.db.prepare('SELECT data FROM updates WHERE id = ?');
        for (const entry of foreign) Y.applyUpdate(merged, (read.get(entry.id) as { data: Uint8Array }).data);
        Y.applyUpdate(merged, state);
        state = Y.encodeStateAsUpdate(merged);
        merged.destroy();
      }
      if (row && isEmptyUpdate(state) && !isEmptyUpdate(row.state)) {
        throw new StorageError(`document "${name}": refusing to replace stored content with an empty document`);
      }

      const revision = storedRevision + 1;
      this.db
        .prepare(
          `INSERT INTO documents (name, state, revision, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, revision = excluded.revision,
             updated_at = excluded.updated_at`,
        )
        .run(name, state, revision, new Date().toISOString());
      const lastId = journal.at(-1)?.id;
      if (lastId !== undefined) {
        this.db.prepare('DELETE FROM updates WHERE document = ? AND id <= ?').run(name, lastId);
      }
      holding.revision = revision;
      holding.journalMark = lastId ?? holding.journalMark;
    });
  }

  private requireHolding(name: string, doc: Y.Doc): Holding {
    const holding = this.holdings.get(doc);
    if (!holding) {
      throw new StorageError(`document "${name}": refusing to write a document that was not loaded from storage`);
    }
    return holding;
  }
}

function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}
