import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';

/** Reads the corpus version and entity count straight from IndexedDB inside the service worker. */
function readStoredCorpus(): Promise<{ version?: string; count: number } | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('attache-corpus');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('meta')) {
        db.close();
        resolve(null);
        return;
      }
      const tx = db.transaction(['meta', 'entities'], 'readonly');
      const version = tx.objectStore('meta').get('version');
      const count = tx.objectStore('entities').count();
      tx.oncomplete = () => {
        db.close();
        resolve({ version: (version.result as { value: string } | undefined)?.value, count: count.result });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('the corpus after installing the extension', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is in IndexedDB with the version and entities of the shipped file', async () => {
    const shipped = JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')) as {
      version: string;
      entities: unknown[];
    };
    await expect
      .poll(() => browser.serviceWorker.evaluate(readStoredCorpus), { timeout: 20_000 })
      .toEqual({ version: shipped.version, count: shipped.entities.length });
  });
});
