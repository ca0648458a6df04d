import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StorageError, StorageOpenError } from '../../server/storage/document-storage.ts';
import { openPostgres, type Sql } from '../../server/storage/postgres/open-postgres.ts';
import { PostgresDocumentStorage } from '../../server/storage/postgres/postgres-document-storage.ts';
import { startPostgres, type PostgresCluster } from '../../harness/sync-server/postgres-process.ts';

/** One server process's view: its own connection pool and its own storage. */
interface Process {
  sql: Sql;
  storage: PostgresDocumentStorage;
}

describe('PostgreSQL storage', () => {
  let cluster: PostgresCluster;
  const opened: Sql[] = [];
  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await Promise.all(opened.map((sql) => sql.end({ timeout: 1 })));
    await cluster?.stop();
  });

  const open = async (url: string): Promise<Process> => {
    const sql = await openPostgres(url);
    opened.push(sql);
    return { sql, storage: new PostgresDocumentStorage(sql) };
  };
  const raw = (url: string) => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    opened.push(sql);
    return sql;
  };
  const count = async (query: PromiseLike<readonly object[]>) => ((await query)[0] as { n: number }).n;
  const textOf = (update: Uint8Array | null) => {
    const doc = new Y.Doc();
    if (update) Y.applyUpdate(doc, update);
    return doc.getText('body').toString();
  };
  /** Edits a local document and returns each change as the update a client would send. */
  const editor = () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    return { doc, text: doc.getText('body'), take: () => updates.splice(0) };
  };

  it('has nothing for a document never stored, and shows an append to every process once it resolves', async () => {
    const url = await cluster.createDatabase();
    const [a, b] = [await open(url), await open(url)];
    expect(await a.storage.load('acme/note/new')).toBeNull();

    const alice = editor();
    alice.text.insert(0, 'Budapest Convention');
    alice.text.insert(0, 'On the ');
    for (const update of alice.take()) await a.storage.append('acme/note/1', update);
    expect(textOf(await b.storage.load('acme/note/1'))).toBe('On the Budapest Convention');
  });

  it('loses nothing when processes compact while others append', async () => {
    const url = await cluster.createDatabase();
    const processes = await Promise.all([open(url), open(url), open(url)]);
    const name = 'acme/note/busy';
    const writers = processes.map(() => editor());
    const words: string[] = [];
    const work: Array<Promise<void>> = [];
    for (let round = 0; round < 40; round++) {
      processes.forEach((process, who) => {
        const word = `p${who}r${round} `;
        words.push(word);
        writers[who]!.text.insert(0, word);
        for (const update of writers[who]!.take()) work.push(process.storage.append(name, update));
        if (round % 5 === who) work.push(process.storage.compact(name));
      });
      // Let statements of different processes interleave.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(work);

    const stored = textOf(await processes[0]!.storage.load(name));
    for (const word of words) expect(stored.split(word), word).toHaveLength(2);
    await processes[1]!.storage.compact(name);
    expect(await count(processes[0]!.sql`SELECT count(*)::int AS n FROM updates WHERE document = ${name}`)).toBe(0);
    expect(textOf(await processes[2]!.storage.load(name))).toBe(stored);
  });

  it('lists documents whose journal grew, and compaction empties their journal', async () => {
    const url = await cluster.createDatabase();
    const { storage } = await open(url);
    const alice = editor();
    for (let i = 0; i < 5; i++) alice.text.insert(0, `${i}`);
    for (const update of alice.take()) await storage.append('acme/long', update);
    alice.text.insert(0, 'x');
    for (const update of alice.take()) await storage.append('acme/short', update);
    expect(await storage.documentsToCompact(5)).toEqual(['acme/long']);
    await storage.compact('acme/long');
    expect(await storage.documentsToCompact(1)).toEqual(['acme/short']);
    expect(textOf(await storage.load('acme/long'))).toBe('43210');
  });

  it('compacts a long journal before loading it', async () => {
    const url = await cluster.createDatabase();
    const { sql } = await open(url);
    const storage = new PostgresDocumentStorage(sql, { compactBeforeLoadRows: 50 });
    const alice = editor();
    for (let i = 0; i < 60; i++) alice.text.insert(alice.text.length, `${i % 10}`);
    await Promise.all(alice.take().map((update) => storage.append('acme/long', update)));
    expect(textOf(await storage.load('acme/long'))).toBe('0123456789'.repeat(6));
    expect(await count(sql`SELECT count(*)::int AS n FROM updates`)).toBe(0);
  });

  it('reads a journal longer than a page in pages, keeping rows appended while a compaction pages through it', async () => {
    const url = await cluster.createDatabase();
    const { sql } = await open(url);
    const paged = new PostgresDocumentStorage(sql, { pageRows: 7, compactBeforeLoadRows: Number.POSITIVE_INFINITY });
    const name = 'acme/note/paged';
    const alice = editor();
    for (let i = 0; i < 100; i++) alice.text.insert(alice.text.length, `${i % 10}`);
    for (const update of alice.take()) await paged.append(name, update);
    expect(textOf(await paged.load(name))).toBe('0123456789'.repeat(10));

    const compaction = paged.compact(name);
    const late: Array<Promise<void>> = [];
    for (let i = 0; i < 20; i++) {
      alice.text.insert(0, 'x');
      for (const update of alice.take()) late.push(paged.append(name, update));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([compaction, ...late]);
    expect(textOf(await paged.load(name))).toBe('x'.repeat(20) + '0123456789'.repeat(10));
    // A damaged row in a later page fails the load and the compaction, and stays as it is.
    await sql`INSERT INTO updates (document, data) VALUES (${name}, ${Buffer.from([1, 200, 3, 255, 255, 255])})`;
    for (let i = 0; i < 10; i++) {
      alice.text.insert(0, 'y');
      for (const update of alice.take()) await paged.append(name, update);
    }
    const rows = await count(sql`SELECT count(*)::int AS n FROM updates WHERE document = ${name}`);
    expect(rows).toBeGreaterThan(7);
    await expect(paged.load(name)).rejects.toThrow(/journal row \d+ cannot be decoded/);
    await expect(paged.compact(name)).rejects.toThrow(StorageError);
    expect(await count(sql`SELECT count(*)::int AS n FROM updates WHERE document = ${name}`)).toBe(rows);
  });

  it('fails to load or compact damaged data and keeps it as it is', async () => {
    const url = await cluster.createDatabase();
    const { sql, storage } = await open(url);
    const alice = editor();
    alice.text.insert(0, 'kept');
    for (const update of alice.take()) await storage.append('acme/note/4', update);
    await sql`INSERT INTO updates (document, data) VALUES ('acme/note/4', ${Buffer.from([1, 200, 3, 255, 255, 255])})`;
    await expect(storage.load('acme/note/4')).rejects.toThrow(StorageError);
    await expect(storage.compact('acme/note/4')).rejects.toThrow(StorageError);
    expect(await count(sql`SELECT count(*)::int AS n FROM updates WHERE document = 'acme/note/4'`)).toBe(2);
  });

  it('creates the schema once when several processes start together, and opens it again', async () => {
    const url = await cluster.createDatabase();
    await Promise.all([open(url), open(url), open(url)]);
    const again = await open(url);
    expect(await again.storage.load('acme')).toBeNull();
  });

  it('refuses a database holding tables of something else', async () => {
    const url = await cluster.createDatabase();
    await raw(url)`CREATE TABLE invoices (id int)`;
    await expect(openPostgres(url)).rejects.toThrow(StorageOpenError);
    await expect(openPostgres(url)).rejects.toThrow(/not this server's \(invoices\)/);
    const tables = raw(url)`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`;
    expect(await count(tables)).toBe(1);
  });

  it('refuses a newer schema and a damaged one', async () => {
    const newer = await cluster.createDatabase();
    await open(newer);
    await raw(newer)`UPDATE attache_sync_meta SET value = '99' WHERE key = 'schema_version'`;
    await expect(openPostgres(newer)).rejects.toThrow(/newer than this server understands/);

    const damaged = await cluster.createDatabase();
    await open(damaged);
    await raw(damaged)`DROP TABLE updates`;
    await expect(openPostgres(damaged)).rejects.toThrow(/lacks the tables updates/);
  });
});
