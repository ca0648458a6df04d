import type { StorageArea, StorageChanges } from '../lib/shared/storage-area';

/** An in-memory stand-in for `browser.storage.local` that, like the real one, tells listeners of every write. */
export function memoryStorage(initial: Record<string, unknown> = {}): StorageArea & { items: Map<string, unknown> } {
  const items = new Map(Object.entries(structuredClone(initial)));
  const listeners = new Set<(changes: StorageChanges) => void>();
  const emit = (changes: StorageChanges) => listeners.forEach((listener) => listener(changes));
  return {
    items,
    async get(key) {
      return items.has(key) ? { [key]: structuredClone(items.get(key)) } : {};
    },
    async set(values) {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
      emit(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { newValue: structuredClone(value) }])));
    },
    async remove(key) {
      items.delete(key);
      emit({ [key]: {} });
    },
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
    },
  };
}
