import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../lib/shared/recognizer';
import { createRecognizerSource, RECOGNIZER_CACHE_KEY } from '../../../lib/background/recognizer-payload';
import { ENTITIES } from '../../page/highlighting/fixture';

function setup(initialVersion: string | undefined) {
  const storage: Record<string, unknown> = {};
  const state = { version: initialVersion, reads: 0 };
  const source = () =>
    createRecognizerSource({
      currentVersion: async () => state.version,
      readCorpus: async () => {
        state.reads++;
        return { version: state.version ?? 'shipped', entities: ENTITIES };
      },
      cache: {
        get: async (key) => (key in storage ? { [key]: structuredClone(storage[key]) } : {}),
        set: async (items) => void Object.assign(storage, structuredClone(items)),
      },
    });
  return { storage, state, source };
}

describe('the matcher source', () => {
  it('builds a matcher that recognises the corpus entities and knows their types and names', async () => {
    const { source } = setup('v1');
    const payload = await source()();
    expect(payload.version).toBe('v1');
    expect(payload.types.apcert).toBe('organization');
    expect(payload.names['li-baodong']).toBe('Li Baodong');
    expect(createRecognizer(payload.compiled).find('APCERT met').map((m) => m.id)).toEqual(['apcert']);
  });

  it('compiles once per corpus version, and a restarted background reuses the stored result', async () => {
    const { state, source, storage } = setup('v1');
    const first = source();
    await first();
    await first();
    expect(state.reads).toBe(1);
    expect((storage[RECOGNIZER_CACHE_KEY] as { version: string }).version).toBe('v1');
    await source()();
    expect(state.reads).toBe(1);
    state.version = 'v2';
    expect((await first()).version).toBe('v2');
    expect(state.reads).toBe(2);
  });

  it('sends the automaton built, and builds again a payload cached before payloads carried it', async () => {
    const { state, source, storage } = setup('v1');
    const payload = await source()();
    expect(createRecognizer(payload.compiled, payload.machine).find('APCERT met').map((m) => m.id)).toEqual(['apcert']);
    const { machine: _, ...older } = payload;
    storage[RECOGNIZER_CACHE_KEY] = older;
    const again = await source()();
    expect(state.reads).toBe(2);
    expect(again.machine).toEqual(payload.machine);
    expect((storage[RECOGNIZER_CACHE_KEY] as { machine?: unknown }).machine).toEqual(payload.machine);
  });

  it('serves the shipped corpus while none is installed, without storing it', async () => {
    const { source, storage } = setup(undefined);
    expect((await source()()).version).toBe('shipped');
    expect(storage[RECOGNIZER_CACHE_KEY]).toBeUndefined();
  });
});
