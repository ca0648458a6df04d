import * as Y from 'yjs';
import { StorageError, type DocumentStorage } from '../document-storage.ts';
import { assertValidUpdate } from '../valid-update.ts';
import type { Sql } from './open-postgres.ts';

// First key of the two-key advisory lock taken per document; the second is a hash of its name.
const DOCUMENT_LOCK = 0x4174_7464;

/**
 * Documents in PostgreSQL, shared by every server process (on any machine) that uses the same
 * database. Each append is one INSERT in its own committed transaction, so it is durable once
 * it resolves. Compactions of one document are serialised by an advisory lock, and each
 * deletes exactly the journal rows it folded in: rows committed meanwhile, whatever their id
 * (ids come from a sequence and may commit out of order), stay in the journal.
 */
export class PostgresDocumentStorage implements DocumentStorage {
  private closed = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  private readonly compactBeforeLoadRows: number;

  /** A load first compacts a journal at least `compactBeforeLoadRows` long (default 500). */
  constructor(
    private readonly sql: Sql,
    options: { compactBeforeLoadRows?: number } = {},
  ) {
    this.compactBeforeLoadRows = options.compactBeforeLoadRows ?? 500;
  }

  load(name: string): Promise<Uint8Array | null> {
    return this.track(async () => {
      const [{ rows }] = (await this.sql`SELECT count(*)::int AS rows FROM updates WHERE document = ${name}`) as unknown as [
        { rows: number },
      ];
      if (rows >= this.compactBeforeLoadRows) await this.compactNow(name);
      // One snapshot: a compaction commits its new state and its deletions together.
      const { state, journal } = await this.sql.begin('isolation level repeatable read read only', async (tx) => {
        const [row] = await tx<Array<{ state: Buffer }>>`SELECT state FROM documents WHERE name = ${name}`;
        const journal = await tx<Array<{ data: Buffer }>>`SELECT data FROM updates WHERE document = ${name} ORDER BY id`;
        return { state: row?.state ?? null, journal: journal.map((entry) => entry.data) };
      });
      if (!state && journal.length === 0) return null;
      if (journal.length === 0) {
        try {
          assertValidUpdate(state!);
        } catch (cause) {
          throw new StorageError(`document "${name}": stored state cannot be decoded (${(cause as Error).message})`);
        }
        return state;
      }
      return merge(name, state, journal);
    });
  }

  append(name: string, update: Uint8Array): Promise<void> {
    return this.track(async () => {
      await this.sql`INSERT INTO updates (document, data) VALUES (${name}, ${bytes(update)})`;
    });
  }

  compact(name: string): Promise<void> {
    return this.track(() => this.compactNow(name));
  }

  private async compactNow(name: string): Promise<void> {
    await this.sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${DOCUMENT_LOCK}, hashtext(${name}))`;
      const journal = await tx<Array<{ id: number; data: Buffer }>>`
        SELECT id, data FROM updates WHERE document = ${name} ORDER BY id`;
      if (journal.length === 0) return;
      const [row] = await tx<Array<{ state: Buffer; revision: number }>>`
        SELECT state, revision FROM documents WHERE name = ${name}`;
      const state = merge(name, row?.state ?? null, journal.map((entry) => entry.data));
      await tx`
        INSERT INTO documents (name, state, revision, updated_at) VALUES (${name}, ${bytes(state)}, 1, now())
        ON CONFLICT (name) DO UPDATE SET state = excluded.state, revision = documents.revision + 1,
          updated_at = excluded.updated_at`;
      // Exactly the rows folded in (one array parameter, however many).
      await tx`DELETE FROM updates WHERE id = ANY(${tx.array(journal.map((entry) => entry.id))}::bigint[])`;
    });
  }

  documentsToCompact(minRows: number): Promise<string[]> {
    return this.track(async () => {
      const rows = await this.sql<Array<{ document: string }>>`
        SELECT document FROM updates GROUP BY document HAVING count(*) >= ${minRows} ORDER BY document`;
      return rows.map((row) => row.document);
    });
  }

  /** Waits for work in flight; the connection pool itself belongs to whoever opened it. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StorageError('the document storage is closed'));
    const running = work();
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running)).catch(() => {});
    return running;
  }
}

/**
 * The stored state and journal as one update. Applied one by one in one transaction rather
 * than merged: Y.mergeUpdates of many small updates costs time quadratic in their number.
 * Damaged bytes fail here instead of half-applying.
 */
function merge(name: string, state: Uint8Array | null, journal: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  const apply = (update: Uint8Array, what: string) => {
    try {
      Y.applyUpdate(doc, update);
    } catch (cause) {
      throw new StorageError(`document "${name}": ${what} cannot be decoded (${String(cause)})`);
    }
  };
  try {
    doc.transact(() => {
      if (state) apply(state, 'stored state');
      journal.forEach((update, index) => apply(update, `journal update ${index + 1}`));
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** postgres sends a Buffer as bytea. */
function bytes(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
