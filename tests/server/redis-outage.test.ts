import { describe, expect, it } from 'vitest';
import { backendPerTest } from '../../harness/sync-server/backend-per-test.ts';
import { backends } from '../../harness/sync-server/backends.ts';
import { freePort } from '../../harness/sync-server/ready-process.ts';
import { startRedis, type RedisProcess } from '../../harness/sync-server/redis-process.ts';
import { startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import type { TeamClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

describe.each(backends())('sync server on $name: Redis going away and coming back', (backend) => {
  const each = backendPerTest(backend);
  const sameText = (group: TeamClient[]) => group.every((one) => one.text.toString() === group[0]!.text.toString());

  it('keeps both processes serving their own clients through an outage and catches up when Redis returns', async () => {
    const { store, token } = await each.setUp();
    let redis: RedisProcess = await startRedis();
    each.defer(() => redis.stop());
    const start = () => each.server({ dataDir: store.dataDir, env: { ...store.env, REDIS_URL: redis.url } });
    const servers = [await start(), await start()];
    const [east, west] = servers as [SyncServerProcess, SyncServerProcess];
    const client = (server: SyncServerProcess, name: string) => each.client(server.url, name, token);
    const name = 'acme/note/outage';
    const [east1, east2, west1, west2] = [client(east, name), client(east, name), client(west, name), client(west, name)];
    const all = [east1, east2, west1, west2];
    await Promise.all(all.map((one) => one.synced()));
    east1.text.insert(0, 'before ');
    await waitFor(() => all.every((one) => one.text.toString() === 'before '), 'fan-out before the outage');

    const { port } = redis;
    await redis.stop();

    // Edits keep flowing between clients of the same process, in a document already open...
    east1.text.insert(east1.text.length, 'east-during ');
    west1.text.insert(west1.text.length, 'west-during ');
    await waitFor(() => east2.text.toString().includes('east-during'), 'the east process to serve its clients');
    await waitFor(() => west2.text.toString().includes('west-during'), 'the west process to serve its clients');
    // ... and in one first opened during the outage, on both processes.
    const fresh = 'acme/note/opened-during-outage';
    const [eastFresh, westFresh] = [client(east, fresh), client(west, fresh)];
    await Promise.all([eastFresh.synced(), westFresh.synced()]);
    expect([eastFresh.refused, westFresh.refused]).toEqual([false, false]);
    eastFresh.text.insert(0, 'east ');
    westFresh.text.insert(0, 'west ');
    // A document closed during the outage is stored and unloaded without Redis's lock.
    const closed = client(west, 'acme/note/closed-during-outage');
    await closed.synced();
    closed.text.insert(0, 'kept');
    await Promise.all([east1, west1, eastFresh, westFresh, closed].map((one) => one.settled()));
    closed.destroy();
    expect(east2.text.toString()).not.toContain('west-during');

    redis = await startRedis(port);
    await waitFor(() => sameText(all) && east1.text.toString().includes('west-during'), 'edits of the outage to cross over', 30_000);
    await waitFor(() => sameText([eastFresh, westFresh]) && eastFresh.text.length === 'east west '.length, 'the document opened during the outage to converge', 30_000);

    // Fan-out is live again, in both directions.
    west2.text.insert(0, 'after ');
    await waitFor(() => east2.text.toString().startsWith('after '), 'live fan-out from west to east');
    eastFresh.text.insert(eastFresh.text.length, 'again');
    await waitFor(() => westFresh.text.toString().endsWith('again'), 'live fan-out from east to west');
    const reopened = client(east, 'acme/note/closed-during-outage');
    await waitFor(() => reopened.text.toString() === 'kept', 'the document closed during the outage to reopen');
    expect(servers.map((server) => server.alive())).toEqual([true, true]);
  });

  it('refuses to start when Redis cannot be reached, saying so', async () => {
    const { store } = await each.setUp();
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    const start = startSyncServer({ dataDir: store.dataDir, env: { ...store.env, REDIS_URL: nowhere } });
    await expect(start).rejects.toThrow(/exited \(1\) before it was ready/);
    await expect(start).rejects.toThrow(/cannot reach Redis at 127\.0\.0\.1:\d+/);
    await expect(start).rejects.not.toThrow(/permission|denied|revoked/i);
  });
});
