import type { TransactionSql } from 'postgres';
import { DocumentAssembly } from '../document-assembly.ts';
import { StorageError, type DocumentStorage } from '../document-storage.ts';
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
  private readonly pageRows: number;

  /**
   * A load first compacts a journal at least `compactBeforeLoadRows` long (default 500). Loads
   * and compactions read the journal `pageRows` rows at a time (default 2,000).
   */
  constructor(
    private readonly sql: Sql,
    options: { compactBeforeLoadRows?: number; pageRows?: number } = {},
  ) {
    this.compactBeforeLoadRows = options.compactBeforeLoadRows ?? 500;
    this.pageRows = options.pageRows ?? 2_000;
  }

  load(name: string): Promise<Uint8Array | null> {
    return this.track(async () => {
      const [{ rows }] = (await this.sql`SELECT count(*)::int AS rows FROM updates WHERE document = ${name}`) as unknown as [
        { rows: number },
      ];
      if (rows >= this.compactBeforeLoadRows) await this.compactNow(name);
      // One snapshot: a compaction commits its new state and its deletions together.
      return this.sql.begin('isolation level repeatable read read only', async (tx) => {
        const [row] = await tx<Array<{ state: Buffer }>>`SELECT state FROM documents WHERE name = ${name}`;
        const assembly = new DocumentAssembly(name);
        try {
          assembly.setState(row?.state ?? null);
          for await (const page of journal(tx, name, this.pageRows)) await assembly.addJournal(page);
          return assembly.result();
        } finally {
          assembly.destroy();
        }
      });
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
      const [row] = await tx<Array<{ state: Buffer }>>`SELECT state FROM documents WHERE name = ${name}`;
      const assembly = new DocumentAssembly(name);
      const folded: string[] = [];
      try {
        assembly.setState(row?.state ?? null);
        for await (const page of journal(tx, name, this.pageRows)) {
          await assembly.addJournal(page);
          for (const entry of page) folded.push(entry.id);
        }
        if (folded.length === 0) return;
        const state = assembly.result()!;
        await tx`
          INSERT INTO documents (name, state, revision, updated_at) VALUES (${name}, ${bytes(state)}, 1, now())
          ON CONFLICT (name) DO UPDATE SET state = excluded.state, revision = documents.revision + 1,
            updated_at = excluded.updated_at`;
      } finally {
        assembly.destroy();
      }
      // Exactly the rows folded in, a page of ids per statement.
      for (let from = 0; from < folded.length; from += this.pageRows) {
        const ids = folded.slice(from, from + this.pageRows);
        await tx`DELETE FROM updates WHERE id = ANY(${tx.array(ids)}::bigint[])`;
      }
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
 * The document's journal in order, a page of rows at a time, through a cursor of the caller's
 * transaction (so in its snapshot). Ids are bigint, which the driver gives as strings.
 */
function journal(tx: TransactionSql, name: string, pageRows: number): AsyncIterable<Array<{ id: string; data: Buffer }>> {
  return tx<Array<{ id: string; data: Buffer }>>`
    SELECT id, data FROM updates WHERE document = ${name} ORDER BY id`.cursor(pageRows);
}

/** postgres sends a Buffer as bytea. */
function bytes(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
