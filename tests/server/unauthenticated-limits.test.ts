import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { openClient, type TeamClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

const SOCKET_BYTES = 64 * 1024;
const TOTAL_BYTES = 256 * 1024;
// Long enough that the tests of bytes never meet it; the timeout has a server of its own.
const TIMEOUT_MS = 60_000;
const SHORT_TIMEOUT_MS = 500;

/** A raw WebSocket that never authenticates, as a probe or a broken client would open. */
interface RawSocket {
  ws: WebSocket;
  closed: boolean;
}

/** A message Hocuspocus queues until the document is authenticated: name, type Sync, filler. */
function queuedMessage(documentName: string, bytes: number): Uint8Array {
  const name = new TextEncoder().encode(documentName);
  const message = new Uint8Array(bytes).fill(7);
  message.set([name.length, ...name, 0]);
  return message;
}

describe('sync server: sockets that have not authenticated', () => {
  const data = makeDataDir();
  let server: SyncServerProcess;
  let token: string;
  const sockets: RawSocket[] = [];
  const clients: TeamClient[] = [];

  const rawSocket = async (url = server.url): Promise<RawSocket> => {
    const socket: RawSocket = { ws: new WebSocket(url), closed: false };
    socket.ws.binaryType = 'arraybuffer';
    socket.ws.addEventListener('close', () => (socket.closed = true));
    sockets.push(socket);
    await new Promise((resolve, reject) => {
      socket.ws.addEventListener('open', resolve);
      socket.ws.addEventListener('error', reject);
    });
    return socket;
  };
  /** Waits until the server has read everything sent so far on the socket. */
  const drained = (socket: RawSocket) => waitFor(() => socket.ws.bufferedAmount === 0, 'the socket to drain');

  beforeAll(async () => {
    token = invite(data.dir, 'acme');
    server = await startSyncServer({
      dataDir: data.dir,
      env: {
        PREAUTH_SOCKET_BYTES: String(SOCKET_BYTES),
        PREAUTH_TOTAL_BYTES: String(TOTAL_BYTES),
        PREAUTH_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.ws.close();
    for (const opened of clients.splice(0)) opened.destroy();
  });
  afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  it('closes a socket that sends more than its share before authenticating, saying why on one line', async () => {
    const socket = await rawSocket();
    socket.ws.send(queuedMessage('acme/note/a', SOCKET_BYTES / 2));
    socket.ws.send(queuedMessage('acme/note/a', SOCKET_BYTES / 2 + 1));
    await waitFor(() => socket.closed, 'the server to close the socket');
    await waitFor(() => server.output().includes('PREAUTH_SOCKET_BYTES'), 'the log line');
    const line = server.output().split('\n').find((each) => each.includes('PREAUTH_SOCKET_BYTES'))!;
    expect(line).toMatch(/^refused unauthenticated connection from 127\.0\.0\.1: \d+ bytes before authenticating/);
  });

  it('keeps all unauthenticated sockets together under the total, closing the oldest first', async () => {
    const opened: RawSocket[] = [];
    for (let i = 0; i < 6; i++) {
      const socket = await rawSocket();
      socket.ws.send(queuedMessage('acme/note/b', SOCKET_BYTES - 1000));
      await drained(socket);
      opened.push(socket);
    }
    // 6 x 63 KB > 256 KB: the two oldest give way.
    await waitFor(() => opened[0]!.closed && opened[1]!.closed, 'the oldest sockets to be closed');
    expect(opened.slice(2).map((socket) => socket.closed)).toEqual([false, false, false, false]);

    // A member still gets in.
    const member = openClient(server.url, 'acme/note/b', token);
    clients.push(member);
    await member.synced();
    member.text.insert(0, 'still served');
    await member.settled();
  });

  it('closes a socket that does not authenticate in time, and only such sockets', async () => {
    const impatient = await startSyncServer({ dataDir: data.dir, env: { PREAUTH_TIMEOUT_MS: String(SHORT_TIMEOUT_MS) } });
    try {
      const member = openClient(impatient.url, 'acme/note/c', token);
      clients.push(member);
      await member.synced();
      const silent = await rawSocket(impatient.url);
      const chatty = await rawSocket(impatient.url);
      chatty.ws.send(queuedMessage('acme/note/c', 100));
      await waitFor(() => silent.closed && chatty.closed, 'unauthenticated sockets to time out');
      expect(member.socket.status).toBe('connected');
      member.text.insert(0, 'after the timeout');
      await member.settled();
      expect(impatient.output()).toMatch(/refused unauthenticated connection from 127\.0\.0\.1: not authenticated within 500 ms/);
    } finally {
      for (const opened of clients.splice(0)) opened.destroy();
      await impatient.stop();
    }
  });

  it('refuses a malformed message before authentication with one short log line', async () => {
    const before = server.output().length;
    const socket = await rawSocket();
    socket.ws.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    await waitFor(() => socket.closed, 'the server to close the socket');
    await waitFor(() => server.output().length > before, 'the log line');
    const logged = server.output().slice(before);
    expect(logged).toMatch(/^refused unauthenticated connection from 127\.0\.0\.1: malformed message \([^\n]*\)\n$/);
    expect(logged.length).toBeLessThan(200);
  });
});
