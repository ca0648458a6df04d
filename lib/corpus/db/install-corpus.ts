import type { Corpus } from '../../shared/corpus-format/corpus-schema';
import type { CorpusDb } from './database';
import { loadCorpus, type LoadResult } from './load-corpus';
import { validateCorpus } from '../../shared/corpus-format/validate-corpus';

export type FetchFunction = (url: string) => Promise<Response>;

export interface InstallDeps {
  db: CorpusDb;
  fetch: FetchFunction;
  /** Address of the shipped corpus file. */
  url: string;
  /** Version of the running extension; a corpus loaded for another release is reloaded. */
  release: string;
}

async function fetchJson(fetchFn: FetchFunction, url: string): Promise<unknown> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: could not be read (HTTP ${response.status})`);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${url}: not valid JSON (${(error as Error).message})`);
  }
}

/** The corpus file at `url`, validated; for readers that cannot wait for the database. */
export async function fetchCorpus(fetchFn: FetchFunction, url: string): Promise<Corpus> {
  return validateCorpus(await fetchJson(fetchFn, url), url);
}

/**
 * True when the database holds no corpus or one loaded by another release of the extension.
 * One meta read, so it is cheap enough to run every time the background wakes up; it catches
 * a load that was interrupted (the transaction then left the previous corpus in place).
 */
export async function corpusNeedsInstall(db: CorpusDb, release: string): Promise<boolean> {
  const [version, loadedFor] = await db.meta.bulkGet(['version', 'release']);
  return version === undefined || loadedFor?.value !== release;
}

export interface CorpusInstaller {
  /** Fetches the shipped corpus and loads it; a no-op in the database if the version is stored. */
  install(): Promise<LoadResult>;
  /** Installs only if `corpusNeedsInstall`; resolves to undefined when nothing was needed. */
  ensure(): Promise<LoadResult | undefined>;
}

/**
 * Install and update events and the wake-up check can fire together; they share one
 * in-flight load instead of fetching and parsing the corpus twice.
 */
export function createCorpusInstaller(deps: InstallDeps): CorpusInstaller {
  let inFlight: Promise<LoadResult> | undefined;
  const install = (): Promise<LoadResult> => {
    inFlight ??= (async () => {
      const json = await fetchJson(deps.fetch, deps.url);
      return loadCorpus(deps.db, json, { origin: deps.url, release: deps.release });
    })().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
  return {
    install,
    async ensure() {
      if (inFlight) return inFlight;
      return (await corpusNeedsInstall(deps.db, deps.release)) ? install() : undefined;
    },
  };
}
