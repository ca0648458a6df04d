import 'fake-indexeddb/auto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { IDBFactory } from 'fake-indexeddb';
import { createUpdateRelay, type UpdateRelay } from '../../lib/notes/update-relay';

/**
 * Several devices in one test process. y-indexeddb opens databases through the global
 * `indexedDB`; this replaces it with a dispatcher that picks the IndexedDB of the device whose
 * code is running, tracked through async continuations, so two devices never share a database.
 */
const running = new AsyncLocalStorage<IDBFactory>();
const unassigned = new IDBFactory();
const current = () => running.getStore() ?? unassigned;

globalThis.indexedDB = {
  open: (name: string, version?: number) => current().open(name, version),
  deleteDatabase: (name: string) => current().deleteDatabase(name),
  databases: () => current().databases(),
  cmp: (a: unknown, b: unknown) => current().cmp(a, b),
} as IDBFactory;

let devices = 0;

export interface Device {
  /** Runs `action` (and everything it continues into) with this device's IndexedDB. */
  run<T>(action: () => T): T;
  /** A relay shared by this device's pages only (a BroadcastChannel of its own). */
  relay(): UpdateRelay;
}

export function newDevice(): Device {
  const factory = new IDBFactory();
  const channel = `attache-notes-test-device-${(devices += 1)}`;
  return {
    run: (action) => running.run(factory, action),
    relay: () => createUpdateRelay(new BroadcastChannel(channel)),
  };
}
