import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import {
  corpusNeedsInstall,
  corpusVersion,
  createCorpusInstaller,
  fetchCorpus,
  openCorpusDb,
  type CorpusDb,
} from '../../../lib/corpus/db';
import { corpusV1, corpusV2, freshIndexedDb } from './fixtures';

const URL = 'chrome-extension://attache/corpus.json';

/** Serves one body at URL and counts requests. */
function serving(body: () => string, status = 200) {
  const requests: string[] = [];
  const fetch = async (url: string) => {
    requests.push(url);
    return new Response(body(), { status });
  };
  return { fetch, requests };
}

function installer(db: CorpusDb, fetch: (url: string) => Promise<Response>, release = '1.0.0') {
  return createCorpusInstaller({ db, fetch, url: URL, release });
}

describe('corpus installer', () => {
  it('fetches the shipped corpus and loads it', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const server = serving(() => JSON.stringify(corpusV1));
    expect(await installer(db, server.fetch).install()).toEqual({ status: 'loaded', version: 'v1', count: 4 });
    expect(server.requests).toEqual([URL]);
    expect(await corpusVersion(db)).toBe('v1');
  });

  it('installs on wake-up only when the corpus is missing or from another release', async () => {
    const db = openCorpusDb(freshIndexedDb());
    let shipped: Corpus = corpusV1;
    const server = serving(() => JSON.stringify(shipped));

    expect(await corpusNeedsInstall(db, '1.0.0')).toBe(true);
    expect((await installer(db, server.fetch, '1.0.0').ensure())?.status).toBe('loaded');
    expect(await installer(db, server.fetch, '1.0.0').ensure()).toBeUndefined();
    expect(server.requests).toHaveLength(1);

    shipped = corpusV2;
    expect(await corpusNeedsInstall(db, '1.1.0')).toBe(true);
    expect(await installer(db, server.fetch, '1.1.0').ensure()).toEqual({ status: 'loaded', version: 'v2', count: 4 });
    expect(await corpusNeedsInstall(db, '1.1.0')).toBe(false);
  });

  it('records the release even when the corpus itself did not change', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const server = serving(() => JSON.stringify(corpusV1));
    await installer(db, server.fetch, '1.0.0').install();
    expect((await installer(db, server.fetch, '1.0.1').ensure())?.status).toBe('unchanged');
    expect(await corpusNeedsInstall(db, '1.0.1')).toBe(false);
  });

  it('shares one fetch between an install and a wake-up check running together', async () => {
    const db = openCorpusDb(freshIndexedDb());
    const server = serving(() => JSON.stringify(corpusV1));
    const corpus = installer(db, server.fetch);
    const [installed, ensured] = await Promise.all([corpus.install(), corpus.ensure()]);
    expect(ensured).toEqual(installed);
    expect(server.requests).toHaveLength(1);
  });

  it('reports an unreadable or malformed file with its address', async () => {
    const db = openCorpusDb(freshIndexedDb());
    await expect(installer(db, serving(() => 'not found', 404).fetch).install()).rejects.toThrow(
      `${URL}: could not be read (HTTP 404)`,
    );
    await expect(installer(db, serving(() => '{"version": "v1",').fetch).install()).rejects.toThrow(
      `${URL}: not valid JSON`,
    );
    await expect(installer(db, serving(() => '{"version": "v1"}').fetch).install()).rejects.toThrow(
      `${URL}: entities: expected an array, found nothing`,
    );
    expect(await corpusVersion(db)).toBeUndefined();
  });

  it('reads the shipped file, validated, for readers that cannot wait for the database', async () => {
    expect(await fetchCorpus(serving(() => JSON.stringify(corpusV2)).fetch, URL)).toEqual(corpusV2);
    await expect(fetchCorpus(serving(() => '{"version": 3}').fetch, URL)).rejects.toThrow(
      `${URL}: version: expected`,
    );
  });
});
