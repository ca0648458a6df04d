import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { databasePath } from '../../server/config.ts';
import { StorageError } from '../../server/storage/document-storage.ts';
import { openDatabase } from '../../server/storage/open-database.ts';
import { SqliteDocumentStorage, type SqliteStorageOptions } from '../../server/storage/sqlite-document-storage.ts';
import { perTest } from '../../harness/sync-server/per-test.ts';

/** A client's document whose every change is also appended to `storage`, awaited in order. */
function writer(storage: SqliteDocumentStorage, name: string) {
  const doc = new Y.Doc();
  let written: Promise<unknown> = Promise.resolve();
  doc.on('update', (update: Uint8Array) => {
    written = written.then(() => storage.append(name, update));
  });
  return { doc, text: doc.getText('body'), flushed: () => written };
}

async function text(storage: SqliteDocumentStorage, name: string): Promise<string> {
  const doc = new Y.Doc();
  const update = await storage.load(name);
  if (update) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

function journalLength(file: string, name: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM updates WHERE document = ?').get(name) as { n: number }).n;
  } finally {
    db.close();
  }
}

function revision(file: string, name: string): number | undefined {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare('SELECT revision FROM documents WHERE name = ?').get(name) as { revision: number } | undefined)
      ?.revision;
  } finally {
    db.close();
  }
}

describe('SQLite document storage', () => {
  const each = perTest();
  const newFile = () => {
    const file = databasePath({ dataDir: each.dataDir() });
    openDatabase(file).close();
    return file;
  };
  /** One server process's view of the shared file. */
  const open = (file: string, options?: SqliteStorageOptions) => {
    const storage = new SqliteDocumentStorage(file, options);
    each.defer(() => storage.close());
    return storage;
  };

  it('has nothing for a document never stored', async () => {
    expect(await open(newFile()).load('acme/note/new')).toBeNull();
  });

  it('keeps appended updates for the next process even without compaction', async () => {
    const file = newFile();
    const first = open(file);
    const alice = writer(first, 'acme/note/1');
    alice.text.insert(0, 'Budapest Convention');
    alice.text.insert(0, 'On the ');
    await alice.flushed();
    await first.close();

    expect(await text(open(file), 'acme/note/1')).toBe('On the Budapest Convention');
    expect(journalLength(file, 'acme/note/1')).toBe(2);
  });

  it('folds the journal into the stored state on compaction', async () => {
    const file = newFile();
    const storage = open(file);
    const alice = writer(storage, 'acme');
    alice.text.insert(0, 'index');
    await alice.flushed();
    await storage.compact('acme');
    expect(journalLength(file, 'acme')).toBe(0);
    alice.text.insert(5, ' page');
    await alice.flushed();
    expect(journalLength(file, 'acme')).toBe(1);
    expect(await text(storage, 'acme')).toBe('index page');
  });

  it('keeps every update appended while a compaction runs', async () => {
    const file = newFile();
    const storage = open(file);
    const alice = writer(storage, 'acme/note/2');
    for (let i = 0; i < 5_000; i++) alice.text.insert(alice.text.length, 'x');
    await alice.flushed();
    const compaction = storage.compact('acme/note/2');
    // The compaction yields between pages of the journal; these land in between.
    for (let i = 0; i < 20; i++) {
      alice.text.insert(0, 'y');
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([compaction, alice.flushed()]);
    expect(await text(open(file), 'acme/note/2')).toBe('y'.repeat(20) + 'x'.repeat(5_000));
  });

  it('keeps what two processes sharing the file wrote when both compact', async () => {
    const file = newFile();
    const a = open(file);
    const b = open(file);
    const onA = writer(a, 'acme/note/3');
    onA.text.insert(0, 'from A;');
    await onA.flushed();
    const onB = new Y.Doc();
    Y.applyUpdate(onB, (await b.load('acme/note/3'))!);
    onB.on('update', (update: Uint8Array) => void b.append('acme/note/3', update));
    onB.getMap('fields').set('from', 'B');
    onA.text.insert(0, 'A again;');
    await onA.flushed();
    await Promise.all([a.compact('acme/note/3'), b.compact('acme/note/3')]);

    const merged = new Y.Doc();
    Y.applyUpdate(merged, (await open(file).load('acme/note/3'))!);
    expect(merged.getText('body').toString()).toBe('A again;from A;');
    expect(merged.getMap('fields').get('from')).toBe('B');
    expect(journalLength(file, 'acme/note/3')).toBe(0);
  });

  it('fails to load or compact damaged data and leaves the stored copy as it was', async () => {
    const file = newFile();
    const storage = open(file);
    const alice = writer(storage, 'acme/note/4');
    alice.text.insert(0, 'kept');
    await alice.flushed();
    await storage.compact('acme/note/4');
    await storage.append('acme/note/4', new Uint8Array([1, 200, 3, 255, 255, 255]));

    await expect(storage.load('acme/note/4')).rejects.toThrow(StorageError);
    await expect(storage.compact('acme/note/4')).rejects.toThrow(/journal row \d+ cannot be decoded/);
    expect(revision(file, 'acme/note/4')).toBe(1);
    expect(journalLength(file, 'acme/note/4')).toBe(1);
  });

  it('compacts a long journal before loading it', async () => {
    const file = newFile();
    const storage = open(file, { compactBeforeLoadRows: 100 });
    const alice = writer(storage, 'acme/note/5');
    for (let i = 0; i < 150; i++) alice.text.insert(i, 'z');
    await alice.flushed();
    expect(await text(storage, 'acme/note/5')).toBe('z'.repeat(150));
    expect(journalLength(file, 'acme/note/5')).toBe(0);
  });

  it('waits for a write lock held elsewhere without holding up the event loop', async () => {
    const file = newFile();
    const storage = open(file);
    const other = new DatabaseSync(file);
    each.defer(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'waited');

    const order: string[] = [];
    const appended = storage.append('acme/note/6', Y.encodeStateAsUpdate(doc)).then(() => order.push('stored'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('timer ran while the lock was held');
    other.exec('COMMIT');
    await appended;
    expect(order).toEqual(['timer ran while the lock was held', 'stored']);
    expect(await text(storage, 'acme/note/6')).toBe('waited');
  });

  it('fails a write once the lock was held longer than it waits', async () => {
    const file = newFile();
    const storage = open(file, { lockWaitMs: 100 });
    const other = new DatabaseSync(file);
    each.defer(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    await expect(storage.append('acme/note/7', new Uint8Array([0, 0]))).rejects.toThrow(/locked by another process/);
    other.exec('ROLLBACK');
    expect(journalLength(file, 'acme/note/7')).toBe(0);
  });

  it('refuses to be used once closed', async () => {
    const storage = open(newFile());
    await storage.close();
    await expect(storage.append('acme', new Uint8Array([0, 0]))).rejects.toThrow(StorageError);
  });
});
