import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { encodeInvite } from '../../lib/notes';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../sync-server/sync-server-process';
import { launchExtensionBrowser, type ExtensionBrowser } from './launch-browser';
import { servePages, type PageServer } from './serve-pages';

const POLL = { timeout: 30_000, interval: 250 };

/** Two members of the space `acme`, each a Chromium profile with the built extension, one real sync server, and pages to open. */
export interface TwoMembers {
  readonly server: SyncServerProcess;
  readonly pages: PageServer;
  readonly ana: ExtensionBrowser;
  readonly ben: ExtensionBrowser;
  /** Joins `acme` through the options page as `name`; the options page, once connected. */
  join(browser: ExtensionBrowser, name: string): Promise<Page>;
  /** Stops the sync server; `startServer` starts it again on the same port and data. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  /** Closes a member's browser keeping its profile, runs `whileClosed`, and launches it again on that profile. */
  relaunch(member: 'ana' | 'ben', whileClosed?: () => Promise<void>): Promise<ExtensionBrowser>;
}

/**
 * Starts the server, the page server and both browsers before the describe block's tests and
 * stops them after, whatever happened. Call it once in the describe block: it registers the
 * beforeAll and afterAll.
 */
export function twoMembers(pageFiles: Record<string, string>): TwoMembers {
  const data = makeDataDir();
  let server: SyncServerProcess | undefined;
  let token = '';
  let ana: ExtensionBrowser | undefined;
  let ben: ExtensionBrowser | undefined;
  let pages: PageServer | undefined;

  beforeAll(async () => {
    pages = await servePages(pageFiles);
    token = invite(data.dir, 'acme');
    server = await startSyncServer({ dataDir: data.dir });
    ana = await launchExtensionBrowser();
    ben = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await ana?.close();
    await ben?.close();
    await server?.stop();
    await pages?.close();
    data.remove();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`twoMembers: the ${what} is not started (use it inside a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'sync server');
    },
    get pages() {
      return started(pages, 'page server');
    },
    get ana() {
      return started(ana, 'first browser');
    },
    get ben() {
      return started(ben, 'second browser');
    },
    async join(browser, name) {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.locator('#ts-invite').fill(encodeInvite({ serverUrl: started(server, 'sync server').url, space: 'acme', token }));
      await options.locator('#ts-displayName').fill(name);
      await options.getByRole('button', { name: 'Join space' }).click();
      // The server is shown before anything connects; the member confirms it.
      await options.getByRole('button', { name: /^Join on 127\.0\.0\.1$/ }).click();
      await expect.poll(() => options.locator('.ts-status').getAttribute('data-state'), POLL).toBe('connected');
      return options;
    },
    async stopServer() {
      await started(server, 'sync server').stop();
    },
    async startServer() {
      server = await startSyncServer({ dataDir: data.dir, port: started(server, 'sync server').port });
    },
    async relaunch(member, whileClosed) {
      const browser = started(member === 'ana' ? ana : ben, member === 'ana' ? 'first browser' : 'second browser');
      const profile = browser.userDataDir;
      await browser.close({ keepProfile: true });
      await whileClosed?.();
      const relaunched = await launchExtensionBrowser(profile);
      if (member === 'ana') ana = relaunched;
      else ben = relaunched;
      return relaunched;
    },
  };
}
