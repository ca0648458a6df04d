import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  noteDocName,
  openLocalDoc,
  openNotesSpace,
  readBody,
  readNotes,
  ReadOnlySpaceError,
  syncSpaceOnce,
  type NotesSpace,
} from '../../lib/notes';
import { readStoredDocument } from '../../harness/sync-server/stored-document';
import { invite } from '../../harness/sync-server/sync-server-process';
import { FAST_RETRY, spaceMembers } from '../../harness/notes/space-members';
import { waitFor } from '../../harness/sync-server/wait-for';
import { describeSyncStatus } from '../../lib/app/team-space/status-text';
import { newDevice } from '../../harness/notes/device';

const retry = FAST_RETRY;

describe('notes sync client against the sync server', () => {
  const { member, openPanel, stopServer, startServer, dataDir } = spaceMembers();

  it('two members converge on notes, tags, trash and bodies', async () => {
    const alice = await openPanel(newDevice(), member('Alice'));
    const bob = await openPanel(newDevice(), member('Bob'));
    await waitFor(() => alice.status.get().state === 'connected' && bob.status.get().state === 'connected', 'both connected');

    const note = alice.create({ kind: 'entity', entityId: 'un-gge' }, ['norms']);
    await waitFor(() => bob.notes.get().notes.some((known) => known.id === note.id), 'the note at Bob');
    const atAlice = await alice.openBody(note.id);
    const atBob = await bob.openBody(note.id);
    atAlice.text.insert(0, 'The 2015 report lists eleven norms.');
    await waitFor(() => atBob.text.toString() === 'The 2015 report lists eleven norms.', 'Alice’s text at Bob');
    atBob.text.insert(atBob.text.length, ' Bob: see also A/70/174.');
    bob.addTag(note.id, 'gge');
    alice.trash(note.id);
    await waitFor(
      () =>
        atAlice.text.toString() === atBob.text.toString() &&
        atAlice.text.toString().endsWith('A/70/174.') &&
        JSON.stringify(alice.notes.get().notes) === JSON.stringify(bob.notes.get().notes) &&
        alice.notes.get().notes[0]?.tags.length === 2 &&
        bob.notes.get().notes[0]?.deletedAt !== null,
      'both members to agree',
    );
    const [agreed] = alice.notes.get().notes;
    expect(agreed!.tags).toEqual(['norms', 'gge']);
    // Bob's edit of the body was recorded on the note: he is an author now.
    await waitFor(() => alice.notes.get().notes[0]!.authors.length === 2, 'Bob among the authors');
    expect(alice.notes.get().notes[0]!.authors.map((author) => author.name)).toEqual(['Alice', 'Bob']);
    atAlice.release();
    atBob.release();
  });

  it('shows who is in the space and on which note, with their name and colour', async () => {
    const alice = await openPanel(newDevice(), member('Alice', { color: '#d62728' }));
    const bob = await openPanel(newDevice(), member('Bob'));
    const names = (space: NotesSpace) =>
      [...(space.presence?.getStates().values() ?? [])].map((state) => (state.user as { name: string } | undefined)?.name).sort();
    await waitFor(() => names(alice).join() === 'Alice,Bob', 'both in the presence list');
    const note = alice.create({ kind: 'entity', entityId: 'osce' });
    await waitFor(() => bob.notes.get().notes.some((known) => known.id === note.id), 'the note at Bob');
    const atAlice = await alice.openBody(note.id);
    const atBob = await bob.openBody(note.id);
    await waitFor(() => [...(atBob.awareness?.getStates().values() ?? [])].some((state) => state.user?.name === 'Alice'), 'Alice on the note');
    const aliceState = [...atBob.awareness!.getStates().values()].find((state) => state.user?.name === 'Alice');
    expect(aliceState!.user).toEqual({ name: 'Alice', color: '#d62728', colorLight: '#d6272833' });
    atAlice.release();
    atBob.release();
  });

  it('a member offline for a while merges on reconnect, and the status says what is pending', async () => {
    const alice = await openPanel(newDevice(), member('Alice'));
    const bob = await openPanel(newDevice(), member('Bob'));
    const note = alice.create({ kind: 'entity', entityId: 'china' });
    await waitFor(() => bob.notes.get().notes.some((known) => known.id === note.id), 'the note at Bob');
    const atAlice = await alice.openBody(note.id);
    const atBob = await bob.openBody(note.id);
    atAlice.text.insert(0, 'shared start.');
    await waitFor(() => atBob.text.toString() === 'shared start.', 'the start at Bob');
    await waitFor(() => alice.status.get().state === 'connected' && alice.status.get().pendingChanges === 0, 'Alice settled');

    await stopServer();
    await waitFor(() => alice.status.get().state === 'offline' && bob.status.get().state === 'offline', 'both offline');
    atAlice.text.insert(0, 'Alice offline. ');
    atAlice.text.insert(atAlice.text.length, ' Alice again.');
    alice.addTag(note.id, 'offline');
    atBob.text.insert(atBob.text.length, ' Bob offline.');
    bob.create({ kind: 'entity', entityId: 'russia' });
    await waitFor(() => alice.status.get().pendingChanges >= 3 && bob.status.get().pendingChanges >= 2, 'pending changes counted');
    expect(alice.status.get().state).toBe('offline');

    await startServer();
    await waitFor(() => atAlice.text.toString() === atBob.text.toString() && atBob.text.toString().includes('Alice again.'), 'the bodies to merge');
    expect(atAlice.text.toString()).toMatch(/^Alice offline\. shared start\./);
    expect(atAlice.text.toString()).toContain(' Alice again.');
    expect(atAlice.text.toString()).toContain(' Bob offline.');
    await waitFor(() => alice.notes.get().notes.length === bob.notes.get().notes.length && bob.notes.get().notes.some((known) => known.tags.includes('offline')), 'the indexes to merge');
    await waitFor(
      () => [alice, bob].every((space) => space.status.get().state === 'connected' && space.status.get().pendingChanges === 0),
      'everything acknowledged',
    );
    expect(alice.notes.get().notes).toEqual(bob.notes.get().notes);
    atAlice.release();
    atBob.release();
  });

  it('the background round pushes a note written with no connection and pulls a peer’s note', async () => {
    const laptop = newDevice();
    const config = member('Alice');

    // Written while no page was connected (the panel closed, or the server was unreachable).
    const written = await laptop.run(async () => {
      const offline = openNotesSpace(config, { connect: false, relay: null });
      await offline.ready;
      const note = offline.create({ kind: 'page', url: 'https://example.org/talks', quote: 'red lines', prefix: 'no ', suffix: ' in' });
      const body = await offline.openBody(note.id);
      body.text.insert(0, 'Written with no panel connected.');
      body.release();
      await offline.close();
      return note;
    });

    const first = await laptop.run(() => syncSpaceOnce(config, { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(first).toMatchObject({ outcome: 'synced', pendingChanges: 0 });
    expect(first.pushed).toBe(2);
    expect(readStoredDocument(dataDir, noteDocName('acme', written.id)).getText('body').toString()).toBe('Written with no panel connected.');
    expect(readNotes(readStoredDocument(dataDir, 'acme')).notes.some((note) => note.id === written.id)).toBe(true);

    // A peer writes a note; the laptop's next round fetches it with no page open.
    const peer = await openPanel(newDevice(), member('Bob'));
    await waitFor(() => peer.notes.get().notes.some((note) => note.id === written.id), 'the pushed note at the peer');
    const reply = peer.create({ kind: 'entity', entityId: 'un' }, ['from-bob']);
    const replyBody = await peer.openBody(reply.id);
    replyBody.text.insert(0, 'Bob’s note, pulled in the background.');
    await waitFor(() => peer.status.get().state === 'connected' && peer.status.get().pendingChanges === 0, 'the peer settled');
    replyBody.release();

    const second = await laptop.run(() => syncSpaceOnce(config, { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(second).toMatchObject({ outcome: 'synced', pushed: 0, pendingChanges: 0 });
    await laptop.run(async () => {
      const index = openLocalDoc('acme', undefined, new Y.Doc());
      await index.loaded;
      expect(readNotes(index.doc).notes.find((note) => note.id === reply.id)?.tags).toEqual(['from-bob']);
      await index.close();
      const body = openLocalDoc(noteDocName('acme', reply.id), undefined, new Y.Doc());
      await body.loaded;
      expect(readBody(body.doc)).toBe('Bob’s note, pulled in the background.');
      await body.close();
    });

    // Nothing changed since: the next round syncs the index and no body.
    const third = await laptop.run(() => syncSpaceOnce(config, { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(third).toMatchObject({ outcome: 'synced', pushed: 0, bodies: 0 });
  });

  it('purging a note empties its body on the server too', async () => {
    const alice = await openPanel(newDevice(), member('Alice'));
    const note = alice.create({ kind: 'entity', entityId: 'eu' });
    const body = await alice.openBody(note.id);
    body.text.insert(0, 'to be purged');
    await waitFor(() => alice.status.get().state === 'connected' && alice.status.get().pendingChanges === 0, 'the body on the server');
    body.release();
    await alice.purge(note.id);
    expect(alice.notes.get().notes.some((known) => known.id === note.id)).toBe(false);
    await waitFor(() => readStoredDocument(dataDir, noteDocName('acme', note.id)).getText('body').length === 0, 'the body emptied on the server');
    await waitFor(() => !readNotes(readStoredDocument(dataDir, 'acme')).notes.some((known) => known.id === note.id), 'the entry gone on the server');
  });

  it('a read-only member learns it: the status says so, edits are refused, and nothing waits as “Syncing”', async () => {
    const alice = await openPanel(newDevice(), member('Alice'));
    const note = alice.create({ kind: 'entity', entityId: 'un-gge' }, ['norms']);
    const atAlice = await alice.openBody(note.id);
    atAlice.text.insert(0, 'Written by a writer.');
    const reading = member('Rita', { token: invite(dataDir, 'acme', 'read') });
    const readerDevice = newDevice();
    const reader = await openPanel(readerDevice, reading);

    await waitFor(() => reader.status.get().state === 'read-only', 'the reader to learn it is read-only');
    expect(reader.readOnly.get()).toBe(true);
    expect(describeSyncStatus(reader.status.get())).toMatch(/^Read-only: /);
    await waitFor(() => reader.notes.get().notes.some((known) => known.id === note.id), 'the note at the reader');
    const atReader = await reader.openBody(note.id);
    await waitFor(() => atReader.text.toString() === 'Written by a writer.', 'the body at the reader');
    expect(() => reader.create({ kind: 'entity', entityId: 'osce' })).toThrow(ReadOnlySpaceError);
    expect(() => reader.addTag(note.id, 'mine')).toThrow(ReadOnlySpaceError);
    expect(() => reader.trash(note.id)).toThrow(ReadOnlySpaceError);
    await expect(reader.purge(note.id)).rejects.toThrow(ReadOnlySpaceError);

    // A change made anyway (a page that did not know yet) is reported as not reaching the
    // server, not as on its way.
    atReader.text.insert(0, 'Sneaky. ');
    await waitFor(() => reader.status.get().pendingChanges >= 1, 'the change counted');
    expect(reader.status.get().state).toBe('read-only');
    expect(describeSyncStatus(reader.status.get())).toContain('will not reach the server');
    // The background round ends instead of waiting for an acknowledgement that never comes.
    const round = await readerDevice.run(() => syncSpaceOnce(reading, { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(round.outcome).toBe('synced');
    expect(readStoredDocument(dataDir, noteDocName('acme', note.id)).getText('body').toString()).toBe('Written by a writer.');
    atAlice.release();
    atReader.release();
  });

  it('reports a refused token as denied, live and in the background', async () => {
    const other = await invite(dataDir, 'globex');
    const intruder = await openPanel(newDevice(), member('Mallory', { token: other }));
    await waitFor(() => intruder.status.get().state === 'denied', 'the refusal');
    const round = await newDevice().run(() => syncSpaceOnce(member('Mallory', { token: other }), { relay: null, WebSocketPolyfill: WebSocket, retry }));
    expect(round.outcome).toBe('denied');
  });

  it('reports an unreachable server as offline in the background', async () => {
    const round = await newDevice().run(() =>
      syncSpaceOnce(member('Alice', { serverUrl: 'ws://127.0.0.1:9' }), { relay: null, WebSocketPolyfill: WebSocket, retry, connectTimeoutMs: 500 }),
    );
    expect(round.outcome).toBe('offline');
  });
});
