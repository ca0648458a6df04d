import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredDocument } from '../../harness/sync-server/stored-document.ts';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { perTest } from '../../harness/sync-server/per-test.ts';
import type { TeamClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';
import * as Y from 'yjs';

const MAX_MESSAGE_BYTES = 64 * 1024;

describe('sync server: message size and presence limits', () => {
  const data = makeDataDir();
  let server: SyncServerProcess;
  let token: string;
  const each = perTest();
  const client = (name: string, doc?: Y.Doc) => each.client(server.url, name, token, doc);
  /** A full round trip on the client's connection: everything it sent before has been handled. */
  const roundTrip = async (each: TeamClient) => {
    each.provider.forceSync();
    await each.settled();
  };

  /** Alice present on the document, as an observer sees her. */
  const aliceSeen = async (name: string) => {
    const alice = client(name);
    const observer = client(name);
    await Promise.all([alice.synced(), observer.synced()]);
    const aliceId = alice.doc.clientID;
    alice.provider.setAwarenessField('user', { name: 'Alice', color: '#0a0' });
    const seenUser = (id: number) => (observer.provider.awareness!.getStates().get(id) as { user?: { name: string } })?.user?.name;
    await waitFor(() => seenUser(aliceId) === 'Alice', 'the observer to see Alice');
    return { alice, observer, aliceId, seenUser };
  };

  beforeAll(async () => {
    token = invite(data.dir, 'acme');
    server = await startSyncServer({ dataDir: data.dir, env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } });
  });
  afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  it('closes the connection of a client that sends an oversized message and applies none of it', async () => {
    const name = 'acme/note/big';
    const sender = client(name);
    const peer = client(name);
    await Promise.all([sender.synced(), peer.synced()]);
    const closeCodes: number[] = [];
    sender.socket.on('close', ({ event }: { event: { code: number } }) => closeCodes.push(event.code));

    sender.text.insert(0, 'x'.repeat(MAX_MESSAGE_BYTES + 1000));
    await waitFor(() => closeCodes.includes(1009), 'the server to close the connection as too big');
    sender.destroy();

    peer.text.insert(0, 'small');
    await peer.settled();
    const observer = client(name);
    await waitFor(() => observer.text.toString() === 'small', 'a fresh client to see the small edit');
    expect(peer.text.toString()).toBe('small');
    expect(readStoredDocument(data.dir, name).getText('body').toString()).toBe('small');
  });

  it('accepts a message just under the limit', async () => {
    const name = 'acme/note/almost-big';
    const sender = client(name);
    const peer = client(name);
    await Promise.all([sender.synced(), peer.synced()]);
    const body = 'y'.repeat(MAX_MESSAGE_BYTES - 1000);
    sender.text.insert(0, body);
    await waitFor(() => peer.text.length === body.length, 'the peer to receive the large edit');
  });

  it('drops presence that claims another client identity and keeps honest presence', async () => {
    const name = 'acme/note/presence';
    const { alice, observer, aliceId, seenUser } = await aliceSeen(name);

    // Mallory's document carries Alice's client id, so her provider publishes presence for it,
    // with a higher clock than Alice's: without the guard every peer would show "Mallory".
    const mallorysDoc = new Y.Doc();
    mallorysDoc.clientID = aliceId;
    const mallory = client(name, mallorysDoc);
    await mallory.synced();
    for (let i = 0; i < 5; i++) mallory.provider.setAwarenessField('user', { name: 'Mallory', color: `#f0${i}` });
    await roundTrip(mallory);
    await roundTrip(observer);
    expect(seenUser(aliceId)).toBe('Alice');

    // Honest presence still flows: Alice renames herself and a newcomer appears.
    alice.provider.setAwarenessField('user', { name: 'Alice B.', color: '#0a0' });
    const dave = client(name);
    await dave.synced();
    dave.provider.setAwarenessField('user', { name: 'Dave', color: '#00a' });
    await waitFor(() => seenUser(aliceId) === 'Alice B.' && seenUser(dave.doc.clientID) === 'Dave', 'honest updates');
    expect([...observer.provider.awareness!.getStates().values()].some((state) => JSON.stringify(state).includes('Mallory'))).toBe(false);
  });

  it('keeps a presence id for its member across a reconnect, even from a read-only member', async () => {
    const name = 'acme/note/presence-reconnect';
    const { alice, observer, aliceId, seenUser } = await aliceSeen(name);

    // Alice's connection drops; the server removes her presence. A read-only member jumps in
    // with her client id before she is back.
    await alice.goOffline();
    await waitFor(() => seenUser(aliceId) === undefined, 'Alice to leave');
    const mallorysDoc = new Y.Doc();
    mallorysDoc.clientID = aliceId;
    const mallory = each.client(server.url, name, invite(data.dir, 'acme', 'read'), mallorysDoc);
    await mallory.synced();
    for (let i = 0; i < 5; i++) mallory.provider.setAwarenessField('user', { name: 'Mallory', color: `#f0${i}` });
    await roundTrip(observer);
    expect(seenUser(aliceId)).toBeUndefined();

    alice.goOnline();
    await alice.synced();
    alice.provider.setAwarenessField('user', { name: 'Alice again', color: '#0a0' });
    await waitFor(() => seenUser(aliceId) === 'Alice again', 'Alice to be back under her own id');
    mallory.provider.setAwarenessField('user', { name: 'Mallory', color: '#f00' });
    await roundTrip(mallory);
    await roundTrip(observer);
    expect(seenUser(aliceId)).toBe('Alice again');
  });
});
