/**
 * Whether the welcome page opens for a `runtime.onInstalled` event: on a first install only,
 * never on an update, a browser update or a reload during development (`update`,
 * `chrome_update`, `shared_module_update`). Chromium also reports `install` each time it
 * starts with an unpacked extension given on its command line; a mark in local storage keeps
 * that from greeting the reader again. Uninstalling clears the mark with the rest of storage.
 */
import type { StorageArea } from '../shared/storage-area';

export const WELCOMED_KEY = 'welcomed';

export async function opensWelcome(reason: string, storage: Pick<StorageArea, 'get' | 'set'>): Promise<boolean> {
  if (reason !== 'install') return false;
  if ((await storage.get(WELCOMED_KEY))[WELCOMED_KEY] === true) return false;
  await storage.set({ [WELCOMED_KEY]: true });
  return true;
}
