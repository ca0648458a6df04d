import type { StorageArea } from '../shared/storage-area';
import { checkSpaceConfig, type SpaceConfig } from './space-config';

export const SPACE_CONFIG_KEY = 'teamSpace';

export interface SpaceConfigStore {
  /** The membership, or null when not in a space (or when what is stored is unusable). */
  load(): Promise<SpaceConfig | null>;
  save(config: SpaceConfig): Promise<void>;
  /** Leaves the space: forgets the membership (local notes are removed separately). */
  clear(): Promise<void>;
  /** Calls `listener` whenever any context joins, changes or leaves; returns an unsubscribe. */
  subscribe(listener: (config: SpaceConfig | null) => void): () => void;
}

export function createSpaceConfigStore(
  storage: StorageArea,
  report: (problem: string) => void = (problem) => console.warn('Attaché team space:', problem),
): SpaceConfigStore {
  // Storage is written only by this extension, but by older releases too: check on every read.
  const parse = (value: unknown): SpaceConfig | null => {
    if (value === undefined || value === null) return null;
    const check = checkSpaceConfig(typeof value === 'object' ? (value as Record<string, unknown>) : {});
    if (check.ok) return check.config;
    report(`stored membership ignored: ${Object.entries(check.errors).map(([field, error]) => `${field}: ${error}`).join('; ')}`);
    return null;
  };
  return {
    load: async () => parse((await storage.get(SPACE_CONFIG_KEY))[SPACE_CONFIG_KEY]),
    async save(config) {
      const check = checkSpaceConfig(config);
      if (!check.ok) throw new Error(Object.values(check.errors).join('; '));
      await storage.set({ [SPACE_CONFIG_KEY]: check.config });
    },
    clear: () => storage.remove(SPACE_CONFIG_KEY),
    subscribe(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
        if (SPACE_CONFIG_KEY in changes) listener(parse(changes[SPACE_CONFIG_KEY]!.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
