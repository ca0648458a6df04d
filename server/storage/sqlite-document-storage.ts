import { randomUUID } from 'node:crypto';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import * as Y from 'yjs';
import { StorageError, type DocumentStorage } from './document-storage.ts';
import { inTransaction } from './open-database.ts';
import { assertValidUpdate } from './valid-update.ts';
import { whileBusy } from './wait-while-busy.ts';

export interface SqliteStorageOptions {
  /** How long a write waits for a lock held by another process before it fails. */
  lockWaitMs?: number;
  /** A load first compacts a journal at least this long, so loading stays fast after a crash. */
  compactBeforeLoadRows?: number;
}

/** Journal rows read at once by a compaction. */
const COMPACTION_PAGE_ROWS = 2_000;
/** A compaction gives the event loop a turn at least this often. */
const COMPACTION_SLICE_MS = 10;

interface StoredRow {
  state: Uint8Array;
  revision: number;
}

/**
 * The SQLite backend of DocumentStorage (see there for the guarantees). It opens a connection of
 * its own that never waits inside SQLite for a lock: a lock held by another process is waited
 * for between attempts (wait-while-busy.ts), off the event loop. A committed row survives a
 * crash of the process (WAL, synchronous NORMAL); only a power loss may drop the last ones.
 *
 * Several processes may share the file (see the Redis setup). A compaction merges what is
 * stored with the journal rows it folds in and commits only if nobody else rewrote the state
 * meanwhile, so no process can replace another's writes with its own copy.
 */
export class SqliteDocumentStorage implements DocumentStorage {
  private readonly db: DatabaseSync;
  private readonly lockWaitMs: number;
  private readonly compactBeforeLoadRows: number;
  // Marks the rows this process wrote, for an operator reading the journal.
  private readonly writer = randomUUID();
  private readonly compactions = new Map<string, Promise<void>>();
  private closed = false;

  private readonly insertUpdate: StatementSync;
  private readonly selectStored: StatementSync;
  private readonly countJournal: StatementSync;
  private readonly lastJournalId: StatementSync;
  private readonly journalPage: StatementSync;
  private readonly deleteJournal: StatementSync;

  /** `file` must have been opened once with openDatabase, which checks and migrates it. */
  constructor(file: string, options: SqliteStorageOptions = {}) {
    this.lockWaitMs = options.lockWaitMs ?? 5_000;
    this.compactBeforeLoadRows = options.compactBeforeLoadRows ?? 500;
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA busy_timeout = 0');
    this.db.exec('PRAGMA synchronous = NORMAL');
    this.insertUpdate = this.db.prepare('INSERT INTO updates (document, writer, data) VALUES (?, ?, ?)');
    this.selectStored = this.db.prepare('SELECT state, revision FROM documents WHERE name = ?');
    this.countJournal = this.db.prepare('SELECT count(*) AS n FROM updates WHERE document = ?');
    this.lastJournalId = this.db.prepare('SELECT max(id) AS id FROM updates WHERE document = ?');
    this.deleteJournal = this.db.prepare(
      `DELETE FROM updates WHERE id IN
         (SELECT id FROM updates WHERE document = ? AND id <= ? ORDER BY id LIMIT ${COMPACTION_PAGE_ROWS})`,
    );
    this.journalPage = this.db.prepare(
      'SELECT id, data FROM updates WHERE document = ? AND id > ? AND id <= ? ORDER BY id LIMIT ?',
    );
  }

  async append(name: string, update: Uint8Array): Promise<void> {
    this.assertOpen();
    await whileBusy(() => this.insertUpdate.run(name, this.writer, update), this.lockWaitMs, `document "${name}"`);
  }

  async load(name: string): Promise<Uint8Array | null> {
    this.assertOpen();
    const rows = await whileBusy(() => (this.countJournal.get(name) as { n: number }).n, this.lockWaitMs, name);
    if (rows >= this.compactBeforeLoadRows) await this.compact(name);

    const { state, journal } = await whileBusy(
      () =>
        inTransaction(
          this.db,
          () => ({
            state: this.storedRow(name)?.state ?? null,
            journal: this.db
              .prepare('SELECT data FROM updates WHERE document = ? ORDER BY id')
              .all(name)
              .map((row) => (row as { data: Uint8Array }).data),
          }),
          'DEFERRED',
        ),
      this.lockWaitMs,
      `document "${name}"`,
    );
    if (!state && journal.length === 0) return null;
    if (journal.length === 0) {
      try {
        assertValidUpdate(state!);
      } catch (cause) {
        throw new StorageError(`document "${name}": stored state cannot be decoded (${(cause as Error).message})`);
      }
      return state;
    }
    // Applied one by one in one transaction rather than merged: Y.mergeUpdates of many small
    // updates costs time quadratic in their number.
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        if (state) applyStored(doc, name, state, 'stored state');
        journal.forEach((update, index) => applyStored(doc, name, update, `journal update ${index + 1}`));
      });
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  compact(name: string): Promise<void> {
    if (this.closed) return Promise.reject(new StorageError('document storage is closed'));
    // One compaction per document at a time in this process; a second request waits for the
    // first and then folds in whatever was appended meanwhile.
    const previous = this.compactions.get(name) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.compactOnce(name));
    this.compactions.set(name, next);
    const forget = () => {
      if (this.compactions.get(name) === next) this.compactions.delete(name);
    };
    next.then(forget, forget);
    return next;
  }

  async documentsToCompact(minRows: number): Promise<string[]> {
    this.assertOpen();
    const rows = await whileBusy(
      () => this.db.prepare('SELECT document FROM updates GROUP BY document HAVING count(*) >= ?').all(minRows),
      this.lockWaitMs,
      'journal',
    );
    return rows.map((row) => (row as { document: string }).document);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.compactions.values()]);
    this.db.close();
  }

  private async compactOnce(name: string): Promise<void> {
    // Another process may rewrite the state while this one merges; then merge again from theirs.
    for (let attempt = 1; ; attempt++) {
      const stored = await whileBusy(() => this.storedRow(name), this.lockWaitMs, `document "${name}"`);
      const lastId = await whileBusy(
        () => (this.lastJournalId.get(name) as { id: number | null }).id,
        this.lockWaitMs,
        `document "${name}"`,
      );
      if (lastId === null) return;

      const doc = new Y.Doc();
      try {
        if (stored) applyStored(doc, name, stored.state, 'stored state');
        for (let after = 0; ; ) {
          const page = this.journalPage.all(name, after, lastId, COMPACTION_PAGE_ROWS) as Array<{
            id: number;
            data: Uint8Array;
          }>;
          if (page.length === 0) break;
          // Rows are applied in transactions of about COMPACTION_SLICE_MS each (one transaction
          // per row costs twice as much), with a turn for the event loop between them.
          for (let next = 0; next < page.length; ) {
            const sliceStart = performance.now();
            doc.transact(() => {
              while (next < page.length && performance.now() - sliceStart < COMPACTION_SLICE_MS) {
                const row = page[next++]!;
                applyStored(doc, name, row.data, `journal row ${row.id}`);
              }
            });
            await yieldToEventLoop();
          }
          after = page.at(-1)!.id;
        }
        const state = Y.encodeStateAsUpdate(doc);
        const written = await whileBusy(
          () =>
            inTransaction(this.db, () => {
              const now = this.storedRow(name);
              if ((now?.revision ?? 0) !== (stored?.revision ?? 0)) return false;
              this.db
                .prepare(
                  `INSERT INTO documents (name, state, revision, updated_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (name) DO UPDATE SET state = excluded.state, revision = excluded.revision,
                     updated_at = excluded.updated_at`,
                )
                .run(name, state, (stored?.revision ?? 0) + 1, new Date().toISOString());
              return true;
            }),
          this.lockWaitMs,
          `document "${name}"`,
        );
        if (written) {
          // The rows are part of the stored state now, so they may go in steps: a row still
          // there is merged again by whoever reads it, to no effect.
          while (await whileBusy(() => this.deleteJournal.run(name, lastId).changes, this.lockWaitMs, name)) {
            await yieldToEventLoop();
          }
          return;
        }
        if (attempt >= 5) throw new StorageError(`document "${name}": other processes kept rewriting it; not compacted`);
      } finally {
        doc.destroy();
      }
    }
  }

  private storedRow(name: string): StoredRow | undefined {
    return this.selectStored.get(name) as StoredRow | undefined;
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('document storage is closed');
  }
}

function applyStored(doc: Y.Doc, name: string, update: Uint8Array, what: string): void {
  try {
    Y.applyUpdate(doc, update);
  } catch (cause) {
    throw new StorageError(`document "${name}": ${what} cannot be decoded (${String(cause)})`);
  }
}
