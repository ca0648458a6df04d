import { DatabaseSync } from 'node:sqlite';
import type { Server } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sqliteAccess } from '../../server/access/access-store.ts';
import { databasePath, readConfig } from '../../server/config.ts';
import { createSyncServer } from '../../server/create-server.ts';
import type { DocumentStorage } from '../../server/storage/document-storage.ts';
import { openDatabase } from '../../server/storage/open-database.ts';
import { SqliteDocumentStorage } from '../../server/storage/sqlite-document-storage.ts';
import { readStoredDocument } from './harness/stored-document.ts';
import { sendRawUpdate, watchAcknowledgements } from './harness/sync-messages.ts';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from './harness/sync-server-process.ts';
import { openClient, type TeamClient } from './harness/team-client.ts';
import { waitFor } from './harness/wait-for.ts';

/** The real SQLite storage, made to fail every append while `full` is set, as a full disk does. */
class FullDisk implements DocumentStorage {
  full = false;
  failedAppends = 0;
  constructor(private readonly inner: DocumentStorage) {}
  load(name: string) {
    return this.inner.load(name);
  }
  async append(name: string, update: Uint8Array) {
    if (this.full) {
      this.failedAppends++;
      throw Object.assign(new Error('database or disk is full'), { errcode: 13 });
    }
    return this.inner.append(name, update);
  }
  compact(name: string) {
    return this.full ? Promise.reject(new Error('database or disk is full')) : this.inner.compact(name);
  }
  documentsToCompact(minRows: number) {
    return this.inner.documentsToCompact(minRows);
  }
  close() {
    return this.inner.close();
  }
}

describe('sync server: an acknowledgement means stored', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const setUp = () => {
    const data = makeDataDir();
    cleanups.push(data.remove);
    return { dataDir: data.dir, token: invite(data.dir, 'acme') };
  };
  const client = (url: string, name: string, token: string) => {
    const opened = openClient(url, name, token);
    cleanups.push(() => opened.destroy());
    return opened;
  };
  const startProcess = async (dataDir: string) => {
    const server = await startSyncServer({ dataDir });
    cleanups.push(() => server.stop());
    return server;
  };

  it('acknowledges nothing while the disk is full, and stores every edit once it has room again', async () => {
    const { dataDir, token } = setUp();
    const file = databasePath({ dataDir });
    const db = openDatabase(file);
    const storage = new FullDisk(new SqliteDocumentStorage(file));
    const server: Server = createSyncServer(
      readConfig({ PORT: '0', DATA_DIR: dataDir }),
      { access: sqliteAccess(db), documents: storage },
    );
    await server.listen();
    cleanups.push(async () => {
      await server.destroy();
      await storage.close();
      db.close();
    });
    const url = `ws://127.0.0.1:${server.address.port}`;
    const name = 'acme/note/full';
    const alice = client(url, name, token);
    const bob = client(url, name, token);
    await Promise.all([alice.settled(), bob.settled()]);
    const acks = watchAcknowledgements(alice);

    storage.full = true;
    for (let i = 0; i < 20; i++) alice.text.insert(alice.text.length, `${i} `);
    await waitFor(() => storage.failedAppends >= 3, 'the server to try storing the edits, and retry after reconnecting');
    expect(acks.applied).toBe(0);
    expect(alice.provider.hasUnsyncedChanges).toBe(true);
    // Nothing unstored is applied, so nothing reaches the other members either.
    expect(bob.text.toString()).toBe('');

    storage.full = false;
    const expected = Array.from({ length: 20 }, (_, i) => `${i} `).join('');
    await alice.settled();
    await waitFor(() => bob.text.toString() === expected, 'bob to receive the edits once stored');
    expect(readStoredDocument(dataDir, name).getText('body').toString()).toBe(expected);
  });

  it('keeps serving other documents while another process holds the write lock, and acknowledges only once stored', async () => {
    const { dataDir, token } = setUp();
    const server = await startProcess(dataDir);
    const other = client(server.url, 'acme/note/other', token);
    await other.synced();
    other.text.insert(0, 'other note');
    await other.settled();
    other.destroy();

    const name = 'acme/note/locked';
    const alice = client(server.url, name, token);
    const bob = client(server.url, name, token);
    await Promise.all([alice.settled(), bob.settled()]);
    const acks = watchAcknowledgements(alice);

    const lock = new DatabaseSync(databasePath({ dataDir }));
    cleanups.push(() => lock.isOpen && lock.close());
    lock.exec('BEGIN IMMEDIATE');
    alice.text.insert(0, 'written while locked');
    // The server is free to load and serve another document while alice's write waits.
    const carol = client(server.url, 'acme/note/other', token);
    await waitFor(() => carol.text.toString() === 'other note', 'another client to load another document');
    expect(acks.applied).toBe(0);
    expect(alice.provider.hasUnsyncedChanges).toBe(true);
    expect(bob.text.toString()).toBe('');

    lock.exec('COMMIT');
    lock.close();
    await alice.settled();
    await waitFor(() => bob.text.toString() === 'written while locked', 'bob to receive the edit once stored');
    await server.kill();
    expect(readStoredDocument(dataDir, name).getText('body').toString()).toBe('written while locked');
  });

  it('refuses an update that is not a whole Yjs update and applies none of it', async () => {
    const { dataDir, token } = setUp();
    const server = await startProcess(dataDir);
    const name = 'acme/note/garbage';
    const mallory = client(server.url, name, token);
    await mallory.synced();
    mallory.text.insert(0, 'fine');
    await mallory.settled();
    const acks = watchAcknowledgements(mallory);

    // An empty update followed by bytes Yjs would silently ignore.
    sendRawUpdate(mallory, new Uint8Array([0, 0, 7, 7, 7, 7]));
    await waitFor(() => acks.closes.length > 0 || acks.applied > 0, 'the server to answer the garbage');
    expect(acks.applied).toBe(0);
    expect(acks.closes).toEqual(['invalid-update']);

    const peer = client(server.url, name, token);
    await waitFor(() => peer.text.toString() === 'fine', 'the document to load as it was');
    await server.stop();
    const stored = readStoredDocument(dataDir, name);
    expect(stored.getText('body').toString()).toBe('fine');
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(mallory.doc));
  });

  it('stores an acknowledged update that waits for an earlier one, across kill -9', async () => {
    const { dataDir, token } = setUp();
    let server = await startProcess(dataDir);
    const name = 'acme/note/pending';
    const alice = client(server.url, name, token);
    await alice.settled();
    const acks = watchAcknowledgements(alice);
    // Two edits of another device; the server gets the second first, as after a reconnect
    // racing a resend. Yjs holds it back until the first arrives.
    const device = new Y.Doc();
    const updates: Uint8Array[] = [];
    device.on('update', (update: Uint8Array) => updates.push(update));
    device.getText('body').insert(0, 'first ');
    device.getText('body').insert(6, 'second');
    sendRawUpdate(alice, updates[1]!);
    await waitFor(() => acks.applied + acks.notApplied + acks.closes.length > 0, 'the server to answer');
    expect(acks.applied).toBe(1);

    await server.kill();
    server = await startProcess(dataDir);
    const bob = client(server.url, name, token);
    await bob.settled();
    Y.applyUpdate(bob.doc, updates[0]!);
    await waitFor(() => bob.text.toString() === 'first second', 'the held-back edit to join the first');
  });
});

