/**
 * Edit-to-peer latency across machines' worth of processes: two sync server processes sharing
 * one PostgreSQL database (DATABASE_URL) and fanning out through Redis, 100 clients split
 * between them, so half of every edit's peers are reached through the other process. Each
 * acknowledged edit was committed to PostgreSQL first. PostgreSQL and Redis are throwaway
 * local instances (PostgreSQL with fsync off: the figures are the servers', not a disk's).
 */
import { loadavg } from 'node:os';
import { startPostgres } from '../../harness/sync-server/postgres-process';
import { startRedis } from '../../harness/sync-server/redis-process';
import { makeDataDir, startSyncServer } from '../../harness/sync-server/sync-server-process';
import { postgresAccess } from '../../server/access/postgres-access';
import { openPostgres } from '../../server/storage/postgres/open-postgres';
import { fmt } from './measure';
import type { BenchSection } from './section';
import { measureLatency, printLatency } from './sync-latency';

const ROUNDS: Array<{ clients: number; edits: number }> = [
  { clients: 2, edits: 300 },
  { clients: 100, edits: 100 },
];

export const syncLatencyClusterBench: BenchSection = {
  name: 'sync-latency-cluster',
  async run() {
    const cluster = await startPostgres();
    const redis = await startRedis();
    const data = makeDataDir();
    const stops: Array<() => Promise<void>> = [];
    try {
      const url = await cluster.createDatabase();
      const sql = await openPostgres(url);
      const { token } = await postgresAccess(sql).createInvite('bench', 'write');
      await sql.end({ timeout: 1 });
      const env = { DATABASE_URL: url, REDIS_URL: redis.url };
      const servers = await Promise.all([0, 1].map(() => startSyncServer({ dataDir: data.dir, env })));
      for (const server of servers) stops.push(() => server.stop());
      console.log(`2 processes, PostgreSQL + Redis; load average ${loadavg().map((load) => fmt(load, 2)).join(' ')}`);
      for (const { clients, edits } of ROUNDS) {
        printLatency(clients, edits, await measureLatency(servers.map((server) => server.url), token, clients, edits));
      }
      console.log('goal at 100 clients: median < 50 ms, p95 < 150 ms');
    } finally {
      await Promise.all(stops.map((stop) => stop()));
      await redis.stop();
      await cluster.stop();
      data.remove();
    }
  },
};
