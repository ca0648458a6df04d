import { afterAll, afterEach, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { openNotesSpace, type NotesSpace, type SpaceConfig } from '../../lib/notes';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../sync-server/sync-server-process';
import type { Device } from './device';

/** Reconnect quickly: tests stop and restart the server. */
export const FAST_RETRY = { delay: 50, minDelay: 50, maxDelay: 250, jitter: false };

/** Members of the space `acme` on one real sync server, their devices opening it as the side panel does. */
export interface SpaceMembers {
  readonly server: SyncServerProcess;
  /** The server's data directory: what it stored, and more invitations. */
  readonly dataDir: string;
  /** A member's configuration with a write invitation to `acme`. */
  member(name: string, overrides?: Partial<SpaceConfig>): SpaceConfig;
  /** A device with the side panel open on the space, connected live unless `connect` is false; closed after the test. */
  openPanel(device: Device, config: SpaceConfig, connect?: boolean): Promise<NotesSpace>;
  /** Stops the sync server; `startServer` starts it again on the same port and data. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
}

/**
 * Starts the server before the describe block's tests, closes the panels opened after each
 * test and stops the server after all. Call it once in the describe block: it registers the hooks.
 */
export function spaceMembers(): SpaceMembers {
  const data = makeDataDir();
  let server: SyncServerProcess | undefined;
  let token = '';
  const open: Array<{ device: Device; space: NotesSpace }> = [];

  beforeAll(async () => {
    token = invite(data.dir, 'acme');
    server = await startSyncServer({ dataDir: data.dir });
  });
  afterEach(async () => {
    for (const { device, space } of open.splice(0)) await device.run(() => space.close());
  });
  afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  const started = (): SyncServerProcess => {
    if (!server) throw new Error('spaceMembers: the sync server is not started (use it inside a test)');
    return server;
  };
  return {
    get server() {
      return started();
    },
    dataDir: data.dir,
    member: (name, overrides = {}) => ({
      serverUrl: started().url,
      space: 'acme',
      token,
      displayName: name,
      color: '#2ca02c',
      authorId: `author-${name.toLowerCase()}`,
      ...overrides,
    }),
    async openPanel(device, config, connect = true) {
      const space = device.run(() => openNotesSpace(config, { relay: null, WebSocketPolyfill: WebSocket, retry: FAST_RETRY, connect }));
      open.push({ device, space });
      await space.ready;
      return space;
    },
    async stopServer() {
      await started().stop();
    },
    async startServer() {
      server = await startSyncServer({ dataDir: data.dir, port: started().port });
    },
  };
}
