import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import * as Y from 'yjs';
import { postgresAccess } from '../../server/access/postgres-access.ts';
import { databasePath } from '../../server/config.ts';
import type { Role } from '../../server/access/invites.ts';
import type { DocumentStorage } from '../../server/storage/document-storage.ts';
import { openPostgres } from '../../server/storage/postgres/open-postgres.ts';
import { PostgresDocumentStorage } from '../../server/storage/postgres/postgres-document-storage.ts';
import { SqliteDocumentStorage } from '../../server/storage/sqlite-document-storage.ts';
import { readStoredDocument } from './stored-document.ts';
import { startPostgres, type PostgresCluster } from './postgres-process.ts';
import { invite, makeDataDir } from './sync-server-process.ts';

/** One empty store for a test: where server processes keep their data, and how to look in. */
export interface TestStore {
  /** Passed to every server process using this store. */
  env: Record<string, string>;
  dataDir: string;
  invite(space: string, role?: Role): Promise<string>;
  /** What is stored for a document right now (state plus journal). */
  read(name: string): Promise<Y.Doc>;
  /**
   * Makes the store itself refuse every journal write, with the error a full disk gives, until
   * the returned function is called.
   */
  refuseWrites(): Promise<() => Promise<void>>;
  /** Holds the journal's write lock from another connection until the returned function is called. */
  holdWriteLock(): Promise<() => Promise<void>>;
  /** The store as a server process sees it, for writing directly; the caller closes it. */
  documents(): DocumentStorage;
  /** How many journal rows a document has. */
  journalRows(name: string): Promise<number>;
  remove(): Promise<void>;
}

/** A storage backend the server tests run against; PostgreSQL starts a throwaway cluster. */
export interface TestBackend {
  name: string;
  start(): Promise<void>;
  createStore(): Promise<TestStore>;
  stop(): Promise<void>;
}

const sqlite: TestBackend = {
  name: 'SQLite',
  start: async () => {},
  createStore: async () => {
    const data = makeDataDir();
    return {
      env: {},
      dataDir: data.dir,
      invite: async (space, role) => invite(data.dir, space, role),
      read: async (name) => readStoredDocument(data.dir, name),
      refuseWrites: async () => {
        const change = (statement: string) => {
          const db = new DatabaseSync(databasePath({ dataDir: data.dir }));
          db.exec(statement);
          db.close();
        };
        change("CREATE TRIGGER refuse_writes BEFORE INSERT ON updates BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        return async () => change('DROP TRIGGER refuse_writes');
      },
      holdWriteLock: async () => {
        const lock = new DatabaseSync(databasePath({ dataDir: data.dir }));
        lock.exec('BEGIN IMMEDIATE');
        return async () => {
          lock.exec('COMMIT');
          lock.close();
        };
      },
      documents: () => new SqliteDocumentStorage(databasePath({ dataDir: data.dir })),
      journalRows: async (name) => {
        const db = new DatabaseSync(databasePath({ dataDir: data.dir }), { readOnly: true });
        try {
          return (db.prepare('SELECT count(*) AS n FROM updates WHERE document = ?').get(name) as { n: number }).n;
        } finally {
          db.close();
        }
      },
      remove: async () => data.remove(),
    };
  },
  stop: async () => {},
};

/** The PostgreSQL backend, whose cluster a test may also crash and restart. */
export function postgresBackend(): TestBackend & { cluster(): PostgresCluster } {
  let cluster: PostgresCluster | undefined;
  return {
    name: 'PostgreSQL',
    cluster: () => {
      if (!cluster) throw new Error('PostgreSQL backend not started');
      return cluster;
    },
    start: async () => {
      cluster = await startPostgres();
    },
    createStore: async () => {
      if (!cluster) throw new Error('PostgreSQL backend not started');
      const url = await cluster.createDatabase();
      // Opening creates the schema, so that tests can invite before any server runs.
      const sql = await openPostgres(url);
      // Documents and tokens live in the database; the data directory stays empty.
      const data = makeDataDir();
      return {
        env: { DATABASE_URL: url },
        dataDir: data.dir,
        invite: async (space, role = 'write') => (await postgresAccess(sql).createInvite(space, role)).token,
        read: async (name) => {
          const reader = postgres(url, { max: 1, onnotice: () => {} });
          try {
            const [row] = await reader<Array<{ state: Buffer }>>`SELECT state FROM documents WHERE name = ${name}`;
            const journal = await reader<Array<{ data: Buffer }>>`SELECT data FROM updates WHERE document = ${name} ORDER BY id`;
            const doc = new Y.Doc();
            for (const update of [...(row ? [row.state] : []), ...journal.map((entry) => entry.data)]) Y.applyUpdate(doc, update);
            return doc;
          } finally {
            await reader.end({ timeout: 1 });
          }
        },
        refuseWrites: async () => {
          await sql`
            CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
              RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
            END $$`;
          await sql`CREATE TRIGGER refuse_writes BEFORE INSERT ON updates FOR EACH ROW EXECUTE FUNCTION refuse_writes()`;
          return async () => {
            await sql`DROP TRIGGER refuse_writes ON updates`;
            await sql`DROP FUNCTION refuse_writes()`;
          };
        },
        holdWriteLock: async () => {
          const lock = await sql.reserve();
          await lock`BEGIN`;
          // Blocks every INSERT into the journal; reads go on.
          await lock`LOCK TABLE updates IN EXCLUSIVE MODE`;
          return async () => {
            await lock`COMMIT`;
            lock.release();
          };
        },
        documents: () => new PostgresDocumentStorage(sql),
        journalRows: async (name) => {
          const [row] = await sql<Array<{ n: number }>>`SELECT count(*)::int AS n FROM updates WHERE document = ${name}`;
          return row!.n;
        },
        remove: async () => {
          await sql.end({ timeout: 1 });
          data.remove();
        },
      };
    },
    stop: async () => {
      await cluster?.stop();
    },
  };
}

/** Every backend, for describe.each: SQLite (the embedded default) and PostgreSQL. */
export function backends(): TestBackend[] {
  return [sqlite, postgresBackend()];
}
