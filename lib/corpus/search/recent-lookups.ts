/**
 * The entities a reader opened last, newest first, shown while the search box is empty.
 * Stored as a plain list of ids in whatever key-value area the host provides
 * (browser.storage.local in the extension, a Map in tests).
 */
import type { StorageArea } from '../../shared/storage-area';

export const RECENT_LOOKUPS_KEY = 'recentLookups';
export const MAX_RECENT_LOOKUPS = 8;

/** Where the list is kept: `browser.storage.local` in the extension. */
export type RecentLookupsArea = Pick<StorageArea, 'get' | 'set'>;

/** Anything stored under the key that is not a list of ids is treated as no history. */
export function parseRecentLookups(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((id): id is string => typeof id === 'string').slice(0, MAX_RECENT_LOOKUPS);
}

/** `id` moved to the front, without duplicates, capped. */
export function withRecentLookup(list: readonly string[], id: string): string[] {
  return [id, ...list.filter((other) => other !== id)].slice(0, MAX_RECENT_LOOKUPS);
}

export async function readRecentLookups(area: RecentLookupsArea): Promise<string[]> {
  return parseRecentLookups((await area.get(RECENT_LOOKUPS_KEY))[RECENT_LOOKUPS_KEY]);
}

export async function recordRecentLookup(area: RecentLookupsArea, id: string): Promise<string[]> {
  const next = withRecentLookup(await readRecentLookups(area), id);
  await area.set({ [RECENT_LOOKUPS_KEY]: next });
  return next;
}
