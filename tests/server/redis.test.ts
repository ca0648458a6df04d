import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisProcess } from '../../harness/sync-server/redis-process.ts';
import { backends, type TestStore } from '../../harness/sync-server/backends.ts';
import { startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { openClient, type TeamClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

describe.each(backends())('sync server: several processes over Redis, on $name', (backend) => {
  let store: TestStore;
  let redis: RedisProcess;
  let servers: SyncServerProcess[] = [];
  let token: string;
  const clients: TeamClient[] = [];

  beforeAll(async () => {
    await backend.start();
    store = await backend.createStore();
    token = await store.invite('acme');
    redis = await startRedis();
    servers = await Promise.all(
      [0, 1].map(() => startSyncServer({ dataDir: store.dataDir, env: { ...store.env, REDIS_URL: redis.url } })),
    );
  });
  afterAll(async () => {
    for (const opened of clients.splice(0)) opened.destroy();
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.stop();
    await store?.remove();
    await backend.stop();
  });

  it('converges clients of different processes under concurrent edits and shares presence', async () => {
    const name = 'acme/note/cluster';
    for (const server of [...servers, ...servers]) clients.push(openClient(server.url, name, token));
    await Promise.all(clients.map((each) => each.synced()));

    // Every client edits at once, without waiting for anyone.
    const words: string[] = [];
    for (let round = 0; round < 15; round++) {
      clients.forEach((each, who) => {
        const word = `c${who}r${round} `;
        words.push(word);
        each.text.insert(round % 2 === 0 ? 0 : each.text.length, word);
        each.map.set(`k${round % 4}`, word);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }

    const [first, ...rest] = clients;
    await waitFor(
      () => rest.every((each) => each.text.toString() === first!.text.toString()) &&
        first!.text.length === words.join('').length &&
        rest.every((each) => JSON.stringify(each.map.toJSON()) === JSON.stringify(first!.map.toJSON())),
      'all clients on both processes to converge',
    );
    const text = first!.text.toString();
    for (const word of words) expect(text.split(word), word).toHaveLength(2);

    first!.provider.setAwarenessField('user', { name: 'Alice' });
    const onOtherProcess = clients[1]!;
    await waitFor(
      () => (onOtherProcess.provider.awareness!.getStates().get(first!.doc.clientID) as { user?: { name: string } })?.user?.name === 'Alice',
      'presence to cross processes',
    );

    // Both processes stored into the one database: a single process afterwards serves it all.
    await Promise.all(clients.map((each) => each.settled()));
    for (const opened of clients.splice(0)) opened.destroy();
    await Promise.all(servers.map((server) => server.stop()));
    servers = [await startSyncServer({ dataDir: store.dataDir, env: store.env })];
    const reader = openClient(servers[0]!.url, name, token);
    clients.push(reader);
    await waitFor(() => reader.text.toString() === text, 'a fresh client to load what both processes stored');
    expect(reader.map.toJSON()).toEqual(first!.map.toJSON());
    expect((await store.read(name)).getText('body').toString()).toBe(text);
  });
});
