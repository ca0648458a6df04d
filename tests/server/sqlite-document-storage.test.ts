import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { databasePath } from '../../server/config.ts';
import { DocumentStore, StorageError } from '../../server/storage/document-store.ts';
import { openDatabase } from '../../server/storage/open-database.ts';
import { makeDataDir } from './harness/sync-server-process.ts';

/** One server process's view: its own connection to the shared file and its own store. */
function openProcess(dataDir: string): { db: DatabaseSync; store: DocumentStore } {
  const db = openDatabase(databasePath({ dataDir }));
  return { db, store: new DocumentStore(db) };
}

/** Loads a document the way the server does: read, apply, mark loaded, journal updates. */
function load(store: DocumentStore, name: string): Y.Doc {
  const doc = new Y.Doc();
  const update = store.read(name, doc);
  if (update) Y.applyUpdate(doc, update);
  store.markLoaded(doc);
  doc.on('update', (change: Uint8Array) => store.append(name, doc, change));
  return doc;
}

function text(store: DocumentStore, name: string): string {
  const doc = new Y.Doc();
  const update = store.read(name, doc);
  if (update) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

function journalLength(db: DatabaseSync, name: string): number {
  return (db.prepare('SELECT count(*) AS n FROM updates WHERE document = ?').get(name) as { n: number }).n;
}

describe('document store', () => {
  const cleanups: Array<() => void> = [];
  const dataDir = () => {
    const data = makeDataDir();
    cleanups.push(data.remove);
    return data.dir;
  };
  const open = (dir: string) => {
    const opened = openProcess(dir);
    cleanups.unshift(() => opened.db.close());
    return opened;
  };
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('has nothing for a document never stored', () => {
    const { store } = open(dataDir());
    expect(store.read('acme/note/new', new Y.Doc())).toBeNull();
  });

  it('keeps journaled updates for the next process even without compaction', () => {
    const dir = dataDir();
    const first = open(dir);
    const doc = load(first.store, 'acme/note/1');
    doc.getText('body').insert(0, 'Budapest Convention');
    doc.getText('body').insert(0, 'On the ');
    first.db.close();
    cleanups.shift();

    const next = open(dir);
    expect(text(next.store, 'acme/note/1')).toBe('On the Budapest Convention');
    expect(journalLength(next.db, 'acme/note/1')).toBe(2);
  });

  it('folds the journal into the stored state on compaction', () => {
    const { db, store } = open(dataDir());
    const doc = load(store, 'acme');
    doc.getText('body').insert(0, 'index');
    doc.getMap('fields').set('title', 'Acme');
    store.compact('acme', doc);
    expect(journalLength(db, 'acme')).toBe(0);
    doc.getText('body').insert(5, ' page');
    expect(journalLength(db, 'acme')).toBe(1);
    expect(text(store, 'acme')).toBe('index page');
  });

  it('refuses to write a document that was not loaded from storage', () => {
    const { store } = open(dataDir());
    const stored = load(store, 'acme/note/2');
    stored.getText('body').insert(0, 'kept');
    store.compact('acme/note/2', stored);

    const neverLoaded = new Y.Doc();
    neverLoaded.getText('body').insert(0, 'unrelated');
    expect(() => store.compact('acme/note/2', neverLoaded)).toThrow(StorageError);
    expect(() => store.append('acme/note/2', neverLoaded, Y.encodeStateAsUpdate(neverLoaded))).toThrow(StorageError);
    expect(text(store, 'acme/note/2')).toBe('kept');
  });

  it('refuses to replace stored content with an empty document', () => {
    const { store } = open(dataDir());
    const stored = load(store, 'acme/note/3');
    stored.getText('body').insert(0, 'kept');
    store.compact('acme/note/3', stored);

    // As if the stored state had been read but never applied.
    const empty = new Y.Doc();
    store.read('acme/note/3', empty);
    store.markLoaded(empty);
    expect(() => store.compact('acme/note/3', empty)).toThrow(/empty/);
    expect(text(store, 'acme/note/3')).toBe('kept');
  });

  it('fails to read damaged data instead of returning an empty document', () => {
    const { db, store } = open(dataDir());
    const doc = load(store, 'acme/note/4');
    doc.getText('body').insert(0, 'kept');
    db.prepare('INSERT INTO updates (document, writer, data) VALUES (?, ?, ?)').run(
      'acme/note/4',
      'damage',
      new Uint8Array([1, 200, 3, 255, 255, 255]),
    );
    expect(() => store.read('acme/note/4', new Y.Doc())).toThrow(StorageError);
  });

  it('keeps what other processes sharing the database wrote when compacting', () => {
    const dir = dataDir();
    const a = open(dir);
    const b = open(dir);
    const onA = load(a.store, 'acme/note/5');
    const onB = load(b.store, 'acme/note/5');
    onA.getText('body').insert(0, 'from A;');
    onB.getMap('fields').set('from', 'B');

    a.store.compact('acme/note/5', onA);
    onB.getText('body').insert(0, 'B again;');
    b.store.compact('acme/note/5', onB);

    const merged = new Y.Doc();
    Y.applyUpdate(merged, a.store.read('acme/note/5', new Y.Doc())!);
    expect(merged.getText('body').toString()).toMatch(/^(from A;B again;|B again;from A;)$/);
    expect(merged.getMap('fields').get('from')).toBe('B');
    expect(journalLength(a.db, 'acme/note/5')).toBe(0);
  });
});
