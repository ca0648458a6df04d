import postgres from 'postgres';
import { StorageOpenError } from '../document-storage.ts';

export type Sql = postgres.Sql;

/** The table that marks a schema as this server's and records its version. */
const META_TABLE = 'attache_sync_meta';
const TABLES = [META_TABLE, 'spaces', 'tokens', 'documents', 'updates'];
const SCHEMA_VERSION = 1;
// Any fixed number: serialises the schema check of processes starting at the same time.
const MIGRATION_LOCK = 0x4174_7461;

/**
 * Connects to PostgreSQL, creates the schema in an empty database and refuses a database that
 * holds someone else's tables or a newer or damaged copy of this one. Several server processes
 * on several machines may use the same database at once.
 */
export async function openPostgres(url: string): Promise<Sql> {
  const sql = postgres(url, {
    max: 10,
    onnotice: () => {},
    // Journal ids are bigserial; they stay far below 2^53, so plain numbers are exact.
    types: { bigint: { to: 20, from: [20], serialize: (value: number) => String(value), parse: Number } },
  });
  try {
    await migrate(sql);
    return sql;
  } catch (error) {
    await sql.end({ timeout: 1 });
    if (error instanceof StorageOpenError) throw error;
    const where = new URL(url);
    throw new StorageOpenError(`DATABASE_URL: cannot use PostgreSQL at ${where.host}${where.pathname}: ${(error as Error).message}`);
  }
}

async function migrate(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    const [{ schema }] = (await tx`SELECT current_schema() AS schema`) as unknown as [{ schema: string | null }];
    if (schema === null) throw new StorageOpenError('DATABASE_URL: the search_path names no existing schema');
    const present = (
      await tx<Array<{ name: string }>>`
        SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ${schema} ORDER BY table_name`
    ).map((row) => row.name);

    if (!present.includes(META_TABLE)) {
      if (present.length > 0) {
        const listed = present.slice(0, 5).join(', ') + (present.length > 5 ? ', ...' : '');
        throw new StorageOpenError(
          `DATABASE_URL: schema "${schema}" already holds tables that are not this server's (${listed}); ` +
            'give the server an empty database or schema of its own',
        );
      }
      await createSchema(tx);
      return;
    }
    const rows = await tx<Array<{ value: string }>>`SELECT value FROM ${tx(META_TABLE)} WHERE key = 'schema_version'`;
    const version = Number(rows[0]?.value);
    if (!Number.isInteger(version)) {
      throw new StorageOpenError(`DATABASE_URL: schema "${schema}" has no readable schema version in ${META_TABLE}`);
    }
    if (version > SCHEMA_VERSION) {
      throw new StorageOpenError(
        `database schema version ${version} is newer than this server understands (${SCHEMA_VERSION}); upgrade the server`,
      );
    }
    const missing = TABLES.filter((table) => !present.includes(table));
    if (missing.length > 0) {
      throw new StorageOpenError(`DATABASE_URL: schema "${schema}" lacks the tables ${missing.join(', ')}; restore it from a dump`);
    }
  });
}

async function createSchema(tx: postgres.TransactionSql): Promise<void> {
  await tx.unsafe(`
    CREATE TABLE spaces (
      name       text PRIMARY KEY,
      created_at text NOT NULL
    );
    CREATE TABLE tokens (
      hash       text PRIMARY KEY,
      space      text NOT NULL REFERENCES spaces(name),
      role       text NOT NULL CHECK (role IN ('write', 'read')),
      created_at text NOT NULL
    );
    CREATE INDEX tokens_by_space ON tokens(space);
    -- Full Yjs state of each document, rewritten by compaction. revision grows on every
    -- write so a process can tell whether someone else wrote since it last looked.
    CREATE TABLE documents (
      name       text PRIMARY KEY,
      state      bytea NOT NULL,
      revision   bigint NOT NULL,
      updated_at timestamptz NOT NULL
    );
    -- Every update received since the last compaction, committed before the sender is
    -- acknowledged so a crash between compactions loses nothing.
    CREATE TABLE updates (
      id       bigserial PRIMARY KEY,
      document text NOT NULL,
      data     bytea NOT NULL
    );
    CREATE INDEX updates_by_document ON updates(document, id);
    CREATE TABLE ${META_TABLE} (
      key   text PRIMARY KEY,
      value text NOT NULL
    );
  `);
  await tx`INSERT INTO ${tx(META_TABLE)} (key, value) VALUES ('schema_version', ${String(SCHEMA_VERSION)})`;
}
