import type { KeyValueStorage } from '../../../lib/notes';

/** An in-memory stand-in for `browser.storage.local`, with its change events. */
export function memoryStorage(): KeyValueStorage & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  const emit = (changes: Record<string, { newValue?: unknown }>) => listeners.forEach((listener) => listener(changes));
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
