/**
 * Where the background gets the compiled recogniser it sends to content scripts. Compiling the recogniser
 * takes a noticeable fraction of a second, and the background's service worker is stopped and
 * restarted all the time, so the result is kept in memory and in extension storage, both
 * keyed by the corpus version: a new corpus compiles once, then every page load is a lookup.
 */
import type { StorageArea } from '../../shared/storage-area';
import type { Entity } from '../../shared/corpus-format/corpus-schema';
import type { RecognizerPayload } from '../../shared/messages';
import { buildRecognizerPayload } from './build-recognizer-payload';

// The stored name is older than the word "recognizer" here; renaming it would strand the old cache.
export const RECOGNIZER_CACHE_KEY = 'matcherCache';

export interface RecognizerSourceDeps {
  /** The version of the corpus now installed, undefined while none is. */
  currentVersion(): Promise<string | undefined>;
  /** The installed corpus (or, while none is installed, the shipped one). */
  readCorpus(): Promise<{ version: string; entities: readonly Entity[] }>;
  cache: Pick<StorageArea, 'get' | 'set'>;
}

function cachedPayload(value: unknown, version: string | undefined): RecognizerPayload | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Partial<RecognizerPayload>;
  // The recogniser validates `compiled` when a content script builds it; here only the
  // envelope is checked, enough to tell a current entry from a stale or foreign one.
  // One cached before payloads carried the automaton has no `machine`: it is built again.
  const wellFormed = typeof p.version === 'string' && typeof p.compiled === 'object' && typeof p.machine === 'object' && typeof p.types === 'object' && typeof p.names === 'object';
  return wellFormed && p.version === version ? (p as RecognizerPayload) : undefined;
}

export function createRecognizerSource(deps: RecognizerSourceDeps): () => Promise<RecognizerPayload> {
  let memory: Promise<RecognizerPayload> | undefined;
  let memoryVersion: string | undefined;

  const load = async (version: string | undefined): Promise<RecognizerPayload> => {
    const stored = cachedPayload((await deps.cache.get(RECOGNIZER_CACHE_KEY))[RECOGNIZER_CACHE_KEY], version);
    if (stored) return stored;
    const corpus = await deps.readCorpus();
    const payload = buildRecognizerPayload(corpus.version, corpus.entities);
    // Only a payload of the installed corpus is worth keeping; one built from the shipped
    // file while the database fills is served but rebuilt once the install completes.
    if (corpus.version === version) await deps.cache.set({ [RECOGNIZER_CACHE_KEY]: payload });
    return payload;
  };

  return async () => {
    const version = await deps.currentVersion();
    if (!memory || memoryVersion !== version) {
      memoryVersion = version;
      const pending = load(version);
      memory = pending;
      pending.catch(() => {
        if (memory === pending) memory = undefined;
      });
    }
    return memory;
  };
}
