import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestStore } from '../../harness/sync-server/backends.ts';
import { startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process.ts';
import { openClient, type TeamClient } from '../../harness/sync-server/team-client.ts';
import { waitFor } from '../../harness/sync-server/wait-for.ts';

/**
 * In the manner of Yjs's own randomised tests, but across the real stack: several providers
 * edit one document through the server while dropping and regaining their connections (and,
 * once per run, the server is killed and restarted); at the end every client and a fresh one
 * must hold the same state. SYNC_FUZZ_SEED=<n> replays one run.
 */
const SEEDS = process.env.SYNC_FUZZ_SEED ? [Number(process.env.SYNC_FUZZ_SEED)] : [1, 2, 3];
const CLIENTS = 4;
const STEPS = 160;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

// Y.Map keeps keys in the order each client learnt them, so compare entries sorted.
const mapContent = (client: TeamClient) => JSON.stringify(Object.entries(client.map.toJSON()).sort());

const ALPHABET = ['a', 'b', 'c', ' ', 'é', '文', 'GGE', 'norm '];

describe.each(backends())('sync server: randomised convergence on $name', (backend) => {
  let store: TestStore;
  let server: SyncServerProcess;
  let token: string;

  beforeAll(async () => {
    await backend.start();
    store = await backend.createStore();
    token = await store.invite('acme');
    server = await startSyncServer({ dataDir: store.dataDir, env: store.env });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.remove();
    await backend.stop();
  });

  for (const seed of SEEDS) {
    it(`converges after random edits, disconnects and a server crash (seed ${seed})`, async () => {
      const rng = random(seed);
      const name = `acme/note/fuzz-${seed}`;
      const clients: TeamClient[] = Array.from({ length: CLIENTS }, () => openClient(server.url, name, token));
      const online = clients.map(() => true);
      const crashAt = 40 + rng.int(STEPS - 80);
      const context = () => `seed ${seed} (replay with SYNC_FUZZ_SEED=${seed})`;
      try {
        await Promise.all(clients.map((each) => each.synced()));
        for (let step = 0; step < STEPS; step++) {
          const who = rng.int(CLIENTS);
          const client = clients[who]!;
          const roll = rng.next();
          if (step === crashAt) {
            await server.kill();
            server = await startSyncServer({ dataDir: store.dataDir, env: store.env, port: server.port });
          } else if (roll < 0.4) {
            client.text.insert(rng.int(client.text.length + 1), rng.pick(ALPHABET));
          } else if (roll < 0.55 && client.text.length > 0) {
            const at = rng.int(client.text.length);
            client.text.delete(at, 1 + rng.int(Math.min(4, client.text.length - at)));
          } else if (roll < 0.7) {
            client.map.set(`k${rng.int(5)}`, rng.next() < 0.5 ? rng.int(1000) : rng.pick(ALPHABET));
          } else if (roll < 0.75) {
            client.map.delete(`k${rng.int(5)}`);
          } else if (roll < 0.82) {
            // Several changes in one transaction travel as one update.
            client.doc.transact(() => {
              client.text.insert(0, rng.pick(ALPHABET));
              client.map.set(`k${rng.int(5)}`, step);
            });
          } else if (roll < 0.91) {
            if (online[who]) await client.goOffline();
            else client.goOnline();
            online[who] = !online[who];
          }
          if (rng.next() < 0.3) await new Promise((resolve) => setTimeout(resolve, rng.int(15)));
        }

        for (const client of clients) client.goOnline();
        const same = (a: TeamClient, b: TeamClient) =>
          a.text.toString() === b.text.toString() && mapContent(a) === mapContent(b);
        await waitFor(
          () => clients.every((each) => each.provider.isSynced && !each.provider.hasUnsyncedChanges) &&
            clients.every((each) => same(each, clients[0]!)),
          `every client to converge, ${context()}`,
          20_000,
        );
        const fresh = openClient(server.url, name, token);
        clients.push(fresh);
        await waitFor(() => fresh.provider.isSynced && same(fresh, clients[0]!), `a fresh client to match, ${context()}`);
        expect(clients[0]!.text.length, context()).toBeGreaterThan(0);
      } catch (error) {
        const states = clients.map((each, i) => `client ${i}: synced ${each.provider.isSynced} unsynced ${each.provider.unsyncedChanges} status ${each.socket.status} ${JSON.stringify(each.text.toString())} ${mapContent(each)}`);
        throw new Error(`${context()}: ${(error as Error).message}\n${states.join('\n')}\n${server.output().slice(-2000)}`);
      } finally {
        for (const client of clients) client.destroy();
      }
    }, 60_000);
  }
});
