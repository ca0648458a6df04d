/**
 * Time from an edit to a peer seeing it through the sync server (goal at 100 clients in one
 * space: median under 50 ms, p95 under 150 ms). The real server runs as a child process with
 * its SQLite journal; the clients are real providers in this process, so with 100 clients the
 * figures include this process decoding each update 99 times in turn: an upper bound for
 * peers that each run on their own machine.
 */
import '../../server/quiet-sqlite-warning';
import { loadavg } from 'node:os';
import { invite, makeDataDir, startSyncServer } from '../../harness/sync-server/sync-server-process';
import { openClient, type TeamClient } from '../../harness/sync-server/team-client';
import { fmt } from './measure';
import { seededRandom } from '../../harness/seeded-random';
import type { BenchSection } from './section';

const ROUNDS: Array<{ clients: number; edits: number }> = [
  { clients: 2, edits: 300 },
  { clients: 100, edits: 100 },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

/** Clients take the servers in turn (`urls`), so with several processes edits cross between them. */
export async function measureLatency(urls: string[], token: string, count: number, edits: number) {
  const random = seededRandom(count);
  const name = `bench/note/latency-${count}`;
  const clients: TeamClient[] = Array.from({ length: count }, (_, index) => openClient(urls[index % urls.length]!, name, token));
  try {
    await Promise.all(clients.map((client) => client.synced()));
    // Each peer stamps when the current edit reaches it.
    let startedAt = 0;
    let seenAt: Array<number | undefined> = [];
    clients.forEach((client, index) => {
      client.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin === client.provider && seenAt[index] === undefined) seenAt[index] = performance.now() - startedAt;
      });
    });

    const deliveries: number[] = [];
    const slowest: number[] = [];
    for (let edit = -10; edit < edits; edit++) {
      const writer = Math.floor(random() * count);
      seenAt = clients.map(() => undefined);
      seenAt[writer] = 0;
      startedAt = performance.now();
      clients[writer]!.text.insert(0, 'x');
      await until(() => seenAt.every((at) => at !== undefined));
      // The first edits warm up the server and the clients.
      if (edit >= 0) {
        const peers = seenAt.filter((_, index) => index !== writer) as number[];
        deliveries.push(...peers);
        slowest.push(Math.max(...peers));
      }
      await new Promise((resolve) => setTimeout(resolve, 2 + random() * 5));
    }
    deliveries.sort((a, b) => a - b);
    slowest.sort((a, b) => a - b);
    return { deliveries, slowest };
  } finally {
    for (const client of clients) client.destroy();
  }
}

export function printLatency(clients: number, edits: number, { deliveries, slowest }: { deliveries: number[]; slowest: number[] }) {
  console.log(
    `${String(clients).padStart(3)} clients: edit -> peer median ${fmt(percentile(deliveries, 50))} ms, ` +
      `p95 ${fmt(percentile(deliveries, 95))} ms, p99 ${fmt(percentile(deliveries, 99))} ms ` +
      `(${deliveries.length} deliveries of ${edits} edits); ` +
      `last peer median ${fmt(percentile(slowest, 50))} ms, p95 ${fmt(percentile(slowest, 95))} ms`,
  );
}

export const syncLatencyBench: BenchSection = {
  name: 'sync-latency',
  async run() {
    const data = makeDataDir();
    const token = invite(data.dir, 'bench');
    const server = await startSyncServer({ dataDir: data.dir });
    try {
      console.log(`load average ${loadavg().map((load) => fmt(load, 2)).join(' ')}`);
      for (const { clients, edits } of ROUNDS) {
        printLatency(clients, edits, await measureLatency([server.url], token, clients, edits));
      }
      console.log('goal at 100 clients: median < 50 ms, p95 < 150 ms');
    } finally {
      await server.stop();
      data.remove();
    }
  },
};
