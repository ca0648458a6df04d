import { sqliteAccess, type AccessStore } from '../access/access-store.ts';
import { postgresAccess } from '../access/postgres-access.ts';
import { databasePath, type ServerConfig } from '../config.ts';
import { backupDatabase } from './backup-database.ts';
import type { DocumentStorage } from './document-storage.ts';
import { openDatabase } from './open-database.ts';
import { openPostgres } from './postgres/open-postgres.ts';
import { PostgresDocumentStorage } from './postgres/postgres-document-storage.ts';
import { SqliteDocumentStorage } from './sqlite-document-storage.ts';

/** Everything the server keeps: spaces and tokens, and the documents. */
export interface StorageBackend {
  access: AccessStore;
  documents: DocumentStorage;
  /** Where the data is, for the start-up line (never a password). */
  where: string;
  /** Copies the database to a file; null where the database has tools of its own (pg_dump). */
  backup: ((target: string) => Promise<void>) | null;
  close(): Promise<void>;
}

/**
 * PostgreSQL when DATABASE_URL is set (several machines can share it), otherwise the embedded
 * SQLite file in DATA_DIR. Either is checked before anything is served (StorageOpenError).
 */
export async function openBackend(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<StorageBackend> {
  if (config.databaseUrl !== null) {
    const sql = await openPostgres(config.databaseUrl);
    const documents = new PostgresDocumentStorage(sql);
    const url = new URL(config.databaseUrl);
    return {
      access: postgresAccess(sql),
      documents,
      where: `PostgreSQL at ${url.host}${url.pathname}`,
      backup: null,
      close: async () => {
        await documents.close();
        await sql.end({ timeout: 5 });
      },
    };
  }
  const file = databasePath(config);
  const db = openDatabase(file);
  const documents = new SqliteDocumentStorage(file);
  return {
    access: sqliteAccess(db),
    documents,
    where: `data in ${config.dataDir}`,
    backup: (target) => backupDatabase(db, target),
    close: async () => {
      await documents.close();
      db.close();
    },
  };
}
