import type * as Y from 'yjs';
import { afterEach } from 'vitest';
import { makeDataDir, startSyncServer, type SyncServerProcess } from './sync-server-process.ts';
import { openClient, type TeamClient } from './team-client.ts';

export interface PerTest {
  /** Runs `cleanup` after the current test, after everything deferred later (newest first). */
  defer(cleanup: () => unknown): void;
  /** A new empty data directory, removed after the test. */
  dataDir(): string;
  /** A sync server process, stopped (SIGTERM) after the test unless it already exited. */
  server(options: Parameters<typeof startSyncServer>[0]): Promise<SyncServerProcess>;
  /** A team member's client, destroyed after the test. */
  client(url: string, name: string, token: string, doc?: Y.Doc): TeamClient;
  /** Two members' clients on one document, once both have synced and settled. */
  pair(url: string, name: string, token: string): Promise<[TeamClient, TeamClient]>;
}

/**
 * What the tests of a describe block start and open, undone after each test whether it passed
 * or not. Call it once in the describe block: it registers the afterEach.
 */
export function perTest(): PerTest {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const defer = (cleanup: () => unknown) => void cleanups.push(cleanup);
  const client = (url: string, name: string, token: string, doc?: Y.Doc) => {
    const opened = openClient(url, name, token, doc);
    defer(() => opened.destroy());
    return opened;
  };
  return {
    defer,
    dataDir: () => {
      const data = makeDataDir();
      defer(data.remove);
      return data.dir;
    },
    server: async (options) => {
      const server = await startSyncServer(options);
      defer(() => server.stop());
      return server;
    },
    client,
    pair: async (url, name, token) => {
      const pair: [TeamClient, TeamClient] = [client(url, name, token), client(url, name, token)];
      await Promise.all(pair.map((each) => each.settled()));
      return pair;
    },
  };
}
