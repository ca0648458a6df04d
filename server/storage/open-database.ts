import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { checkDatabaseFile } from './check-database-file.ts';
import { StorageOpenError } from './document-storage.ts';

/** Marks the file as this server's ("Atsy"), so another application's database is told apart. */
const APPLICATION_ID = 0x41747379;
const TABLES = ['spaces', 'tokens', 'documents', 'updates'];

/**
 * Opens the server's SQLite file, creating it only when there is no file at all. An existing
 * file must be one of ours and intact (see checkDatabaseFile and checkSchema); otherwise this
 * throws StorageOpenError and the server does not start. Several server processes may open the
 * same file (see the Redis setup), so every write goes through short IMMEDIATE transactions
 * and waits for the lock instead of failing.
 */
export function openDatabase(file: string): DatabaseSync {
  mkdirSync(path.dirname(file), { recursive: true });
  const existed = existsSync(file);
  if (existed) checkDatabaseFile(file);
  const db = new DatabaseSync(file);
  try {
    if (existed) checkSchema(db, file);
    prepare(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function prepare(db: DatabaseSync): void {
  // WAL lets readers run while a writer commits. NORMAL synchronisation keeps every committed
  // transaction across a crash of the process (the case we guard against); only a power loss
  // may drop the last transactions before a checkpoint.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
}

/** An existing file must hold our tables, of a schema this server knows, undamaged. */
function checkSchema(db: DatabaseSync, file: string): void {
  const restore = 'restore it from a complete backup, or move it away to start a new, empty server';
  let applicationId: number;
  let tables: string[];
  let problems: string[];
  try {
    applicationId = (db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
    tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
    problems = db
      .prepare('PRAGMA quick_check(5)')
      .all()
      .map((row) => (row as { quick_check: string }).quick_check)
      .filter((line) => line !== 'ok');
  } catch (error) {
    throw new StorageOpenError(`${file} cannot be read (${(error as Error).message}): ${restore}`);
  }
  if (problems.length > 0) {
    throw new StorageOpenError(`${file} is damaged (${problems.join('; ')}): ${restore}`);
  }
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw new StorageOpenError(`${file} belongs to another application (application id ${applicationId}): ${restore}`);
  }
  const missing = TABLES.filter((table) => !tables.includes(table));
  if (missing.length > 0) {
    const what = tables.length === 0 ? 'holds no tables at all' : `lacks the tables ${missing.join(', ')}`;
    throw new StorageOpenError(`${file} is not a sync server database: it ${what}: ${restore}`);
  }
}

const SCHEMA_VERSION = 1;

function migrate(db: DatabaseSync): void {
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (version > SCHEMA_VERSION) {
    throw new StorageOpenError(
      `database schema version ${version} is newer than this server understands (${SCHEMA_VERSION}); upgrade the server`,
    );
  }
  if (version === SCHEMA_VERSION) {
    // Files made before the application id existed get it on their next start.
    const { application_id: id } = db.prepare('PRAGMA application_id').get() as { application_id: number };
    if (id === 0) db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    return;
  }
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
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
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
