import type { SettingsStorage } from '../../lib/settings';

type Listener = (changes: Record<string, { newValue?: unknown }>) => void;

/** An in-memory storage area that, like the real one, tells listeners of every write. */
export function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Listener>();
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      const changes: Record<string, { newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        data[key] = structuredClone(value);
        changes[key] = { newValue: structuredClone(value) };
      }
      for (const listener of listeners) listener(changes);
    },
    onChanged: {
      addListener: (l) => listeners.add(l),
      removeListener: (l) => listeners.delete(l),
    },
  };
}
