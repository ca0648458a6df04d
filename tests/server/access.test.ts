import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredDocument } from '../../harness/sync-server/stored-document.ts';
import { invite, makeDataDir, runAdmin, startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { perTest } from '../../harness/sync-server/per-test.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

describe('sync server: access per space', () => {
  const data = makeDataDir();
  let server: SyncServerProcess;
  let writeToken: string;
  let readToken: string;
  let otherSpaceToken: string;
  const each = perTest();
  const client = (name: string, token: string) => each.client(server.url, name, token);

  beforeAll(async () => {
    writeToken = invite(data.dir, 'acme');
    readToken = invite(data.dir, 'acme', 'read');
    otherSpaceToken = invite(data.dir, 'globex');
    server = await startSyncServer({ dataDir: data.dir });
  });
  afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  it('lets two members of a space converge on a note and on the space index', async () => {
    for (const name of ['acme/note/converge', 'acme']) {
      const alice = client(name, writeToken);
      const bob = client(name, writeToken);
      await Promise.all([alice.synced(), bob.synced()]);
      alice.text.insert(0, 'UN GGE 2015 report');
      bob.map.set('title', 'Norms');
      await waitFor(
        () => bob.text.toString() === 'UN GGE 2015 report' && alice.map.get('title') === 'Norms',
        `both edits on both clients of ${name}`,
      );
      expect(alice.text.toString()).toBe(bob.text.toString());
      expect(alice.map.toJSON()).toEqual(bob.map.toJSON());
    }
  });

  it('serves several documents of a space over one socket, as the extension connects', async () => {
    // The extension multiplexes one provider per document on a single socket, each in its own
    // session (sessionAwareness), all with the member's one token.
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: globalThis.WebSocket });
    const [index, note, reopened] = ['acme', 'acme/note/multiplexed', 'acme/note/multiplexed'].map((name) => {
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, token: writeToken, sessionAwareness: true });
      provider.attach();
      return provider;
    });
    try {
      const peer = client('acme/note/multiplexed', writeToken);
      await waitFor(() => [index!, note!, reopened!].every((provider) => provider.isSynced), 'every session to sync');
      index!.document.getMap('notes').set('multiplexed', { title: 'Confidence-building measures' });
      note!.document.getText('body').insert(0, 'CBMs');
      note!.setAwarenessField('user', { name: 'Alice' });
      await waitFor(
        () => peer.text.toString() === 'CBMs' && reopened!.document.getText('body').toString() === 'CBMs',
        'the note edit to reach the other session and a peer',
      );
      await waitFor(
        () => (peer.provider.awareness!.getStates().get(note!.document.clientID) as { user?: { name: string } })?.user?.name === 'Alice',
        'presence from a multiplexed session',
      );
      const indexPeer = client('acme', writeToken);
      await waitFor(() => indexPeer.doc.getMap('notes').has('multiplexed'), 'the index edit to reach a peer');
    } finally {
      for (const provider of [index, note, reopened]) provider!.destroy();
      socket.destroy();
    }
  });

  it('gives a client without a valid token nothing and drops what it writes', async () => {
    const name = 'acme/note/secret';
    const member = client(name, writeToken);
    await member.synced();
    member.text.insert(0, 'confidential');
    await member.settled();

    const intruders = [
      client(name, ''),
      client(name, 'not-a-token'),
      client(name, 'A'.repeat(43)),
      client(name, otherSpaceToken),
    ];
    for (const intruder of intruders) intruder.text.insert(0, 'INTRUDER ');
    await waitFor(() => intruders.every((intruder) => intruder.refused), 'every intruder to be refused');

    // A later edit that a fresh member sees proves the server has handled what came before it.
    member.text.insert(member.text.length, '.');
    const observer = client(name, writeToken);
    await waitFor(() => observer.text.toString() === 'confidential.', 'a fresh member to see the later edit');

    for (const intruder of intruders) {
      expect(intruder.authenticated).toBe(false);
      expect(intruder.text.toString()).toBe('INTRUDER ');
    }
    expect(member.text.toString()).toBe('confidential.');
    expect(readStoredDocument(data.dir, name).getText('body').toString()).toBe('confidential.');
  });

  it('refuses a token of one space for the documents of another', async () => {
    const intoIndex = client('acme', otherSpaceToken);
    const intoNote = client('acme/note/secret', otherSpaceToken);
    const ownSpace = client('globex/note/1', otherSpaceToken);
    await waitFor(() => intoIndex.refused && intoNote.refused, 'both cross-space attempts to be refused');
    await ownSpace.synced();
    expect(ownSpace.authenticated).toBe(true);
    expect(intoIndex.authenticated || intoNote.authenticated).toBe(false);
  });

  it('refuses malformed document names even with a valid token', async () => {
    const names = ['acme/', 'acme\u0007/x', '../acme', 'acme x'];
    const attempts = names.map((name) => client(name, writeToken));
    await waitFor(() => attempts.every((attempt) => attempt.refused), 'every malformed name to be refused');
  });

  it('lets a read-only token read, while its writes reach neither peers nor storage', async () => {
    const name = 'acme/note/read-only';
    const writer = client(name, writeToken);
    await writer.synced();
    writer.text.insert(0, 'draft');
    await writer.settled();

    const reader = client(name, readToken);
    await waitFor(() => reader.text.toString() === 'draft', 'the reader to receive the draft');
    reader.text.insert(0, 'VANDAL ');
    reader.map.set('title', 'VANDAL');

    writer.text.insert(writer.text.length, ' v2');
    await waitFor(() => reader.text.toString().endsWith('draft v2'), 'the reader to keep receiving updates');
    const observer = client(name, writeToken);
    await waitFor(() => observer.text.toString() === 'draft v2', 'a fresh member to see the later edit');

    expect(writer.text.toString()).toBe('draft v2');
    expect(writer.map.has('title')).toBe(false);
    const stored = readStoredDocument(data.dir, name);
    expect(stored.getText('body').toString()).toBe('draft v2');
    expect(stored.getMap('fields').has('title')).toBe(false);
  });

  it('prints the new token on the last line of invite and refuses it once revoked', async () => {
    const lines = await runAdmin(data.dir, 'invite', 'acme');
    const readOnly = await runAdmin(data.dir, 'invite', 'acme', '--read-only');
    expect(readOnly[0]).toContain('role read');
    const token = lines.at(-1)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const id = /token id ([0-9a-f]{12})/.exec(lines.join('\n'))?.[1];
    expect(id).toBeDefined();
    expect((await runAdmin(data.dir, 'list', 'acme')).join('\n')).toContain(id);

    const member = client('acme/note/revoked', token);
    await member.synced();
    await runAdmin(data.dir, 'revoke', id!);
    // The server closes the revoked connection; the provider reconnects and is refused.
    await waitFor(() => member.refused, 'the revoked member to be refused');
    expect((await runAdmin(data.dir, 'list', 'acme')).join('\n')).not.toContain(id);
  });
});
