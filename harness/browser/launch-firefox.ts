import { Browser as BrowserKind, createProfile, launch, WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX } from '@puppeteer/browsers';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from './build-extension';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The gecko id of wxt.config.ts. */
export const GECKO_ID = 'attache@attache.extension';

/** The raw WebDriver BiDi session behind a puppeteer page (puppeteer's own types keep it internal). */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiFrameInternals {
  _id: string;
  browsingContext: { userContext: { browser: { session: BidiSession } } };
}

export function bidi(page: Page): { session: BidiSession; context: string } {
  const frame = page.mainFrame() as unknown as BidiFrameInternals;
  return { session: frame.browsingContext.userContext.browser.session, context: frame._id };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`, fixed before the add-on is installed. */
  origin: string;
  /** A new tab showing `url` once it has loaded; extension pages too. */
  open(url: string): Promise<Page>;
  /** An extension page such as `popup.html` in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Lines Firefox printed for errors and warnings of the extension so far. */
  extensionProblems(): string[];
  close(): Promise<void>;
}

/**
 * Lines of Firefox's output that report a problem in the extension: script errors in its
 * pages, background or content scripts, and its own console.error / console.warn calls
 * (printed because of `devtools.console.stdout.content`).
 */
export function isExtensionProblem(line: string): boolean {
  return (
    (/^JavaScript (error|warning):/.test(line) && line.includes('moz-extension://')) ||
    // Attaché's own messages start with its name (printed with é escaped); Firefox's own do not.
    (/^console\.(error|warn):/.test(line) && line.includes('Attach'))
  );
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi with the Firefox build installed as
 * a temporary add-on. `-remote-allow-system-access` lets BiDi open moz-extension:// pages; the
 * extension's UUID is fixed through a pref so its pages' addresses are known in advance.
 *
 * The profile and process are made here rather than by `puppeteer.launch`, which turns site
 * isolation (Fission) off: the browser under test keeps a user's process model.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'attache-firefox-'));
  await createProfile(BrowserKind.FIREFOX, {
    path: profile,
    preferences: {
      'devtools.console.stdout.content': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  const process = launch({
    executablePath: FIREFOX,
    args: ['--headless', '--no-remote', '--remote-debugging-port=0', '-remote-allow-system-access', '--profile', profile, 'about:blank'],
    onExit: async () => rmSync(profile, { recursive: true, force: true }),
  });
  const problems: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    problems.push(...lines.filter(isExtensionProblem));
  };
  const child = process.nodeProcess;
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let browser: Browser;
  try {
    const endpoint = await process.waitForLineOutput(WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX, 30_000);
    browser = await puppeteer.connect({
      browserWSEndpoint: `${endpoint}/session`,
      protocol: 'webDriverBiDi',
      defaultViewport: { width: 1200, height: 800 },
    });
  } catch (error) {
    await process.close();
    throw error;
  }

  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`the add-on was installed as ${id}, not ${GECKO_ID}`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await process.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;

  const open = async (url: string) => {
    const page = await browser.newPage();
    // puppeteer's page.goto does not return for moz-extension:// pages; plain BiDi does.
    const { session, context } = bidi(page);
    await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return page;
  };
  return {
    browser,
    origin,
    open,
    openExtensionPage: (path) => open(`${origin}/${path}`),
    extensionProblems: () => [...problems],
    async close() {
      child.stdout?.off('data', collect);
      child.stderr?.off('data', collect);
      await browser.close().catch(() => undefined);
      await process.close();
    },
  };
}
