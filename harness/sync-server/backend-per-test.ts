import { afterAll, beforeAll } from 'vitest';
import type { TestBackend, TestStore } from './backends.ts';
import { perTest, type PerTest } from './per-test.ts';
import type { SyncServerProcess } from './sync-server-process.ts';

export interface BackendPerTest extends PerTest {
  /** A new empty store for this test, removed after it, with a write token for the space "acme". */
  setUp(): Promise<{ store: TestStore; dataDir: string; token: string }>;
  /** The store of the current test. */
  store(): TestStore;
  /** A sync server process on the current store, stopped after the test. */
  start(port?: number): Promise<SyncServerProcess>;
  /** The text of a document's body as stored right now. */
  stored(name: string): Promise<string>;
}

/**
 * perTest for a describe block run against one storage backend (describe.each(backends())):
 * starts the backend for the block and gives each test a store of its own.
 */
export function backendPerTest(backend: TestBackend): BackendPerTest {
  beforeAll(() => backend.start());
  afterAll(() => backend.stop());
  const each = perTest();
  let current: TestStore | undefined;
  const store = () => {
    if (!current) throw new Error('no store: call setUp() first');
    return current;
  };
  return {
    ...each,
    setUp: async () => {
      const created = await backend.createStore();
      current = created;
      each.defer(() => created.remove());
      return { store: created, dataDir: created.dataDir, token: await created.invite('acme') };
    },
    store,
    start: (port) => each.server({ dataDir: store().dataDir, env: store().env, port }),
    stored: async (name) => (await store().read(name)).getText('body').toString(),
  };
}
