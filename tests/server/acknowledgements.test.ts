import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { backendPerTest } from '../../harness/sync-server/backend-per-test.ts';
import { backends } from '../../harness/sync-server/backends.ts';
import { sendRawUpdate, watchAcknowledgements } from '../../harness/sync-server/sync-messages.ts';
import type { SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

/** How often the server logged that it could not store an update. */
const failedWrites = (server: SyncServerProcess) => server.output().match(/could not store an update/g)?.length ?? 0;

describe.each(backends())('sync server on $name: an acknowledgement means stored', (backend) => {
  const each = backendPerTest(backend);
  const { setUp, start, stored, store } = each;

  it('acknowledges nothing while the store refuses writes, and stores every edit once it takes them again', async () => {
    const { token } = await setUp();
    const server = await start();
    const name = 'acme/note/full';
    const [alice, bob] = await each.pair(server.url, name, token);
    const acks = watchAcknowledgements(alice);

    const accept = await store().refuseWrites();
    for (let i = 0; i < 20; i++) alice.text.insert(alice.text.length, `${i} `);
    await waitFor(() => failedWrites(server) >= 3, 'the server to try storing the edits, and retry after reconnecting');
    expect(acks.applied).toBe(0);
    expect(alice.provider.hasUnsyncedChanges).toBe(true);
    // Nothing unstored is applied, so nothing reaches the other members either.
    expect(bob.text.toString()).toBe('');

    await accept();
    const expected = Array.from({ length: 20 }, (_, i) => `${i} `).join('');
    await alice.settled();
    await waitFor(() => bob.text.toString() === expected, 'bob to receive the edits once stored');
    expect(server.alive()).toBe(true);
    expect(await stored(name)).toBe(expected);
  });

  it('keeps serving other documents while another connection holds the write lock, and acknowledges only once stored', async () => {
    const { token } = await setUp();
    const server = await start();
    const other = each.client(server.url, 'acme/note/other', token);
    await other.synced();
    other.text.insert(0, 'other note');
    await other.settled();
    other.destroy();

    const name = 'acme/note/locked';
    const [alice, bob] = await each.pair(server.url, name, token);
    const acks = watchAcknowledgements(alice);

    const release = await store().holdWriteLock();
    alice.text.insert(0, 'written while locked');
    // The server is free to load and serve another document while alice's write waits.
    const carol = each.client(server.url, 'acme/note/other', token);
    await waitFor(() => carol.text.toString() === 'other note', 'another client to load another document');
    expect(acks.applied).toBe(0);
    expect(alice.provider.hasUnsyncedChanges).toBe(true);
    expect(bob.text.toString()).toBe('');

    await release();
    await alice.settled();
    await waitFor(() => bob.text.toString() === 'written while locked', 'bob to receive the edit once stored');
    await server.kill();
    expect(await stored(name)).toBe('written while locked');
  });

  it('refuses an update that is not a whole Yjs update and applies none of it', async () => {
    const { token } = await setUp();
    const server = await start();
    const name = 'acme/note/garbage';
    const mallory = each.client(server.url, name, token);
    await mallory.synced();
    mallory.text.insert(0, 'fine');
    await mallory.settled();
    const acks = watchAcknowledgements(mallory);

    // An empty update followed by bytes Yjs would silently ignore.
    sendRawUpdate(mallory, new Uint8Array([0, 0, 7, 7, 7, 7]));
    await waitFor(() => acks.closes.length > 0 || acks.applied > 0, 'the server to answer the garbage');
    expect(acks.applied).toBe(0);
    expect(acks.closes).toEqual(['invalid-update']);

    const peer = each.client(server.url, name, token);
    await waitFor(() => peer.text.toString() === 'fine', 'the document to load as it was');
    await server.stop();
    const document = await store().read(name);
    expect(document.getText('body').toString()).toBe('fine');
    expect(Y.encodeStateVector(document)).toEqual(Y.encodeStateVector(mallory.doc));
  });

  it('stores an acknowledged update that waits for an earlier one, across kill -9', async () => {
    const { token } = await setUp();
    let server = await start();
    const name = 'acme/note/pending';
    const alice = each.client(server.url, name, token);
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
    server = await start();
    const bob = each.client(server.url, name, token);
    await bob.settled();
    Y.applyUpdate(bob.doc, updates[0]!);
    await waitFor(() => bob.text.toString() === 'first second', 'the held-back edit to join the first');
  });
});
