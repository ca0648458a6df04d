import { randomUUID } from 'node:crypto';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DocumentAssembly, type JournalRow } from './document-assembly.ts';
import { StorageError, type DocumentStorage } from './document-storage.ts';
import { inTransaction } from './open-database.ts';
import { whileBusy } from './wait-while-busy.ts';

export interface SqliteStorageOptions {
  /** How long a write waits for a lock held by another process before it fails. */
  lockWaitMs?: number;
  /** A load first compacts a journal at least this long, so loading stays fast after a crash. */
  compactBeforeLoadRows?: number;
}

/** Journal rows read at once by a compaction. */
const COMPACTION_PAGE_ROWS = 2_000;

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
            journal: this.db.prepare('SELECT id, data FROM updates WHERE document = ? ORDER BY id').all(name) as unknown as JournalRow[],
          }),
          'DEFERRED',
        ),
      this.lockWaitMs,
      `document "${name}"`,
    );
    const assembly = new DocumentAssembly(name);
    try {
      assembly.setState(state);
      await assembly.addJournal(journal);
      return assembly.result();
    } finally {
      assembly.destroy();
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

      const assembly = new DocumentAssembly(name);
      try {
        assembly.setState(stored?.state ?? null);
        for (let after = 0; ; ) {
          const page = this.journalPage.all(name, after, lastId, COMPACTION_PAGE_ROWS) as unknown as Array<
            JournalRow & { id: number }
          >;
          if (page.length === 0) break;
          await assembly.addJournal(page);
          await yieldToEventLoop();
          after = page.at(-1)!.id;
        }
        const state = assembly.result()!;
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
        assembly.destroy();
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
