import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * Opens (creating if needed) the server's SQLite file. Several server processes may open the
 * same file (see the Redis setup), so every write goes through short IMMEDIATE transactions
 * and waits for the lock instead of failing.
 */
export function openDatabase(file: string): DatabaseSync {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  // WAL lets readers run while a writer commits. NORMAL synchronisation keeps every committed
  // transaction across a crash of the process (the case we guard against); only a power loss
  // may drop the last transactions before a checkpoint.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  return db;
}

const SCHEMA_VERSION = 1;

function migrate(db: DatabaseSync): void {
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `database schema version ${version} is newer than this server understands (${SCHEMA_VERSION}); upgrade the server`,
    );
  }
  if (version === SCHEMA_VERSION) return;
  inTransaction(db, () => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS spaces (
        name       TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS tokens (
        hash       TEXT PRIMARY KEY,
        space      TEXT NOT NULL REFERENCES spaces(name),
        role       TEXT NOT NULL CHECK (role IN ('write', 'read')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS tokens_by_space ON tokens(space);
      -- Full Yjs state of each document, rewritten by compaction. revision grows on every
      -- write so a process can tell whether someone else wrote since it last looked.
      CREATE TABLE IF NOT EXISTS documents (
        name       TEXT PRIMARY KEY,
        state      BLOB NOT NULL,
        revision   INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Every update received since the last compaction, appended before the sender is
      -- acknowledged so a crash between compactions loses nothing.
      CREATE TABLE IF NOT EXISTS updates (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        document TEXT NOT NULL,
        writer   TEXT NOT NULL,
        data     BLOB NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS updates_by_document ON updates(document, id);
    `);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
}

/**
 * Runs `work` inside one transaction; nothing of it is kept if it throws. Writers take the
 * lock up front (IMMEDIATE) so two processes never deadlock upgrading read locks; readers
 * use DEFERRED to see one consistent snapshot without blocking writers.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T, mode: 'IMMEDIATE' | 'DEFERRED' = 'IMMEDIATE'): T {
  db.exec(`BEGIN ${mode}`);
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
