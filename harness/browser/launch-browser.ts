import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './build-extension';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Closes the browser; keeps the profile when `keepProfile` is set (restart tests). */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Starts Debian's Chromium headless with the built extension loaded. The background-networking
 * flags keep Chromium from dialling out, which a closed network answers with slow failures.
 */
export async function launchExtensionBrowser(
  userDataDir?: string,
  opts: { keepWelcome?: boolean } = {},
): Promise<ExtensionBrowser> {
  const fresh = userDataDir === undefined || readdirSync(userDataDir).length === 0;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'attache-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1200, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  // A first install opens the welcome page in a new tab, which takes the focus from the pages a
  // test opens: tests start without it unless they are about it.
  if (fresh && !opts.keepWelcome) await closeWelcome(serviceWorker, `chrome-extension://${extensionId}/welcome.html`);
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir: dir,
    async close(opts) {
      await context.close();
      if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the welcome tab the install opens, then closes it. The script is a string: tsx
 * (which runs the benchmarks) wraps named functions in a helper the service worker lacks.
 */
async function closeWelcome(serviceWorker: Worker, url: string): Promise<void> {
  await serviceWorker.evaluate(`(async (url) => {
    function isWelcome(tab) {
      return tab.url === url || tab.pendingUrl === url;
    }
    const opened = new Promise((resolve, reject) => {
      function seen(_id, _change, tab) {
        if (!isWelcome(tab)) return;
        chrome.tabs.onUpdated.removeListener(seen);
        resolve(tab);
      }
      chrome.tabs.onUpdated.addListener(seen);
      chrome.tabs.query({}).then((tabs) => {
        const tab = tabs.find(isWelcome);
        if (tab) {
          chrome.tabs.onUpdated.removeListener(seen);
          resolve(tab);
        }
      }, reject);
      setTimeout(() => reject(new Error('no welcome tab (' + url + ') opened on install')), 20000);
    });
    await chrome.tabs.remove((await opened).id);
  })(${JSON.stringify(url)})`);
}
