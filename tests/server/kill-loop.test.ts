import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { trackAcknowledged } from './harness/acknowledged-content.ts';
import { backends } from './harness/backends.ts';
import { startSyncServer, type SyncServerProcess } from './harness/sync-server-process.ts';
import { openClient } from './harness/team-client.ts';
import { waitFor } from './harness/wait-for.ts';

const KILLS = 3;

describe.each(backends())('sync server on $name: kill -9 while provider clients write', (backend) => {
  const cleanups: Array<() => unknown> = [];
  beforeAll(() => backend.start());
  afterAll(() => backend.stop());
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('has stored every edit it acknowledged at each kill, and every edit in the end', async () => {
    const store = await backend.createStore();
    cleanups.push(() => store.remove());
    const token = await store.invite('acme');
    const start = (port?: number) => startSyncServer({ dataDir: store.dataDir, env: store.env, port });
    const name = 'acme/note/kill-loop';
    let server: SyncServerProcess = await start();
    cleanups.push(() => server.stop());
    const writers = ['alice', 'bob'].map((who) => {
      const client = openClient(server.url, name, token);
      cleanups.push(() => client.destroy());
      return { who, client, acknowledged: trackAcknowledged(client), written: 0 };
    });
    await Promise.all(writers.map(({ client }) => client.settled()));

    const typing = setInterval(() => {
      for (const writer of writers) writer.client.doc.getArray<string>('log').push([`${writer.who}-${writer.written++}`]);
    }, 3);
    cleanups.push(() => clearInterval(typing));

    let acknowledgedAtKills = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 300 + 100 * kill));
      await server.kill();
      const stored = new Set((await store.read(name)).getArray<string>('log').toArray());
      for (const { acknowledged } of writers) {
        const items = acknowledged.getArray<string>('log').toArray();
        acknowledgedAtKills += items.length;
        expect(items.filter((item) => !stored.has(item))).toEqual([]);
      }
      server = await start(server.port);
    }
    clearInterval(typing);
    expect(acknowledgedAtKills).toBeGreaterThan(0);

    await Promise.all(writers.map(({ client }) => client.settled()));
    await server.kill();
    const final = await store.read(name);
    const stored = final.getArray<string>('log').toArray();
    const written = writers.flatMap(({ who, written: count }) => Array.from({ length: count }, (_, i) => `${who}-${i}`));
    expect(new Set(stored)).toEqual(new Set(written));
    expect(stored).toHaveLength(written.length);
    for (const { client } of writers) expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(final));
  });
});
