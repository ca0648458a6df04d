import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { noteDocName, openNotesSpace, syncSpaceOnce, type SpaceConfig } from '../../lib/notes';
import { readStoredDocument } from '../../harness/sync-server/stored-document';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process';
import { waitFor } from '../../harness/sync-server/wait-for';
import { newDevice } from '../../harness/notes/device';

const retry = { delay: 50, minDelay: 50, maxDelay: 250, jitter: false };
// A small server limit, so that a backlog of a few hundred kilobytes is "too large".
const LIMIT = 64 * 1024;
const env = { MAX_MESSAGE_BYTES: String(LIMIT) };

/** Text of about `bytes` UTF-8 bytes, with letters of one, two, three and four bytes. */
function prose(bytes: number, seed: number): string {
  const words = ['norms ', 'sécurité ', 'кибер ', '网络空间 ', '𝒢𝒢ℰ '];
  const parts: string[] = [];
  for (let i = seed, size = 0; size < bytes; i += 1) {
    const word = words[i % words.length]!;
    parts.push(word);
    size += new TextEncoder().encode(word).length;
  }
  return parts.join('');
}

describe('an offline backlog larger than the server’s message limit', () => {
  const data = makeDataDir();
  const servers: SyncServerProcess[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    data.remove();
  });

  it('reaches the server in pieces, from a page and from the background round', async () => {
    const token = invite(data.dir, 'acme');
    let server = await startSyncServer({ dataDir: data.dir, env });
    servers.push(server);
    const config = (): SpaceConfig => ({
      serverUrl: server.url,
      space: 'acme',
      token,
      displayName: 'Alice',
      color: '#2ca02c',
      authorId: 'author-alice',
    });
    const laptop = newDevice();
    const space = laptop.run(() =>
      openNotesSpace(config(), { relay: null, WebSocketPolyfill: WebSocket, retry, maxMessageBytes: LIMIT }),
    );
    await space.ready;
    const note = space.create({ kind: 'entity', entityId: 'un-gge' });
    const body = await space.openBody(note.id);
    body.text.insert(0, 'start. ');
    await waitFor(() => space.status.get().state === 'connected', 'the first sync');

    await server.kill();
    await waitFor(() => space.status.get().state === 'offline', 'offline');
    // Many small edits and one paste larger than the limit by itself: 300 KB in all.
    for (let i = 0; i < 40; i += 1) body.text.insert(body.text.length, prose(2_500, i));
    body.text.insert(7, prose(200_000, 3));
    const expected = body.text.toString();
    expect(new TextEncoder().encode(expected).length).toBeGreaterThan(4 * LIMIT);

    server = await startSyncServer({ dataDir: data.dir, port: server.port, env });
    servers.push(server);
    await waitFor(() => space.status.get().state === 'connected' && space.status.get().pendingChanges === 0, 'the backlog on the server');
    expect(readStoredDocument(data.dir, noteDocName('acme', note.id)).getText('body').toString()).toBe(expected);
    body.release();
    await laptop.run(() => space.close());

    // With no page open: the background round pushes a large body written offline.
    const { second, secondText } = await laptop.run(async () => {
      const offline = openNotesSpace(config(), { connect: false, relay: null });
      await offline.ready;
      const note = offline.create({ kind: 'entity', entityId: 'osce' });
      const written = await offline.openBody(note.id);
      written.text.insert(0, prose(150_000, 1));
      const text = written.text.toString();
      written.release();
      await offline.close();
      return { second: note, secondText: text };
    });
    const round = await laptop.run(() =>
      syncSpaceOnce(config(), { relay: null, WebSocketPolyfill: WebSocket, retry, maxMessageBytes: LIMIT }),
    );
    expect(round).toMatchObject({ outcome: 'synced', pendingChanges: 0 });
    expect(readStoredDocument(data.dir, noteDocName('acme', second.id)).getText('body').toString()).toBe(secondText);
  });
});
