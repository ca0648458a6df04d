import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS, pageSettings, type Settings } from '../../../lib/shared/settings';
import { startWhenOn } from '../../../entrypoints/in-page/start-when-on';

/** A storage area in memory that tells its listeners of every change, as browser.storage.local does. */
function memoryStorage(initial: Record<string, unknown>) {
  const data = { ...initial };
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  return {
    async get(key: string) {
      return { [key]: data[key] };
    },
    async set(values: Record<string, unknown>) {
      Object.assign(data, values);
      const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { newValue: v }]));
      listeners.forEach((l) => l(changes));
    },
    onChanged: {
      addListener: (l: (changes: Record<string, { newValue?: unknown }>) => void) => void listeners.add(l),
      removeListener: (l: (changes: Record<string, { newValue?: unknown }>) => void) => void listeners.delete(l),
    },
    listeners,
  };
}

const SITE = 'example.org';
const offHere: Settings = { ...DEFAULT_SETTINGS, disabledSites: [SITE] };
const flush = () => new Promise((r) => setTimeout(r, 0));

function watch(initial: Settings) {
  const storage = memoryStorage({ settings: initial });
  const store = createSettingsStore(storage as never);
  let starts = 0;
  const stop = startWhenOn(store, (s) => pageSettings(s, SITE).active, () => starts++, (e) => { throw e; });
  return { storage, store, stop, starts: () => starts };
}

describe('startWhenOn', () => {
  it('starts a page whose site is on once the settings are read', async () => {
    const page = watch(DEFAULT_SETTINGS);
    expect(page.starts()).toBe(0);
    await flush();
    expect(page.starts()).toBe(1);
    expect(page.storage.listeners.size).toBe(0);
  });

  it('starts nothing on a site switched off, and starts once when it is switched on', async () => {
    const page = watch(offHere);
    await flush();
    expect(page.starts()).toBe(0);
    await page.store.update((s) => ({ ...s, hiddenEntities: { other: ['x'] } }));
    expect(page.starts()).toBe(0);
    await page.store.update((s) => ({ ...s, disabledSites: [] }));
    expect(page.starts()).toBe(1);
    // Started pages follow the settings themselves; the wait is over.
    expect(page.storage.listeners.size).toBe(0);
    await page.store.update((s) => ({ ...s, disabledSites: [SITE] }));
    await page.store.update((s) => ({ ...s, disabledSites: [] }));
    expect(page.starts()).toBe(1);
  });

  it('starts nothing once told to stop waiting (the extension is gone)', async () => {
    const page = watch(offHere);
    await flush();
    page.stop();
    await page.store.update((s) => ({ ...s, disabledSites: [] }));
    expect(page.starts()).toBe(0);
  });
});
