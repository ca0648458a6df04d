import type { StorageArea } from '../storage-area';
import { parseSettings, SETTINGS_KEY, type Settings } from './schema';

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Applies `change` to the stored settings and stores the result. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Calls `listener` with the new settings whenever any context changes them; returns an unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

export function createSettingsStore(
  storage: StorageArea,
  report: (problem: string) => void = (p) => console.warn('Attaché settings:', p),
): SettingsStore {
  const parse = (value: unknown): Settings => {
    const { settings, problems } = parseSettings(value);
    problems.forEach(report);
    return settings;
  };
  const load = async () => parse((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
  // Updates from one context are applied one after another so none is lost; two contexts
  // writing in the same instant can still race, which for a settings form is acceptable.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load,
    update(change) {
      const next = queue.then(async () => {
        const settings = change(await load());
        await storage.set({ [SETTINGS_KEY]: settings });
        return settings;
      });
      queue = next.catch(() => undefined);
      return next;
    },
    subscribe(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
        const change = changes[SETTINGS_KEY];
        if (change) listener(parse(change.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
