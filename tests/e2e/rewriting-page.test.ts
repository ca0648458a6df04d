import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inContentWorld } from '../../harness/browser/content-world';
import { highlightTexts } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

/** A ticker: its text is replaced every 50 ms until the page's `stopTicking()`. */
const TICKER = `<!doctype html><html lang="en"><body>
<h1>Live</h1><p id="ticker">CICIR met APCERT 0</p>
<script>
  let n = 0;
  const ticker = document.getElementById('ticker');
  const timer = setInterval(() => { ticker.textContent = 'CICIR met APCERT ' + ++n; }, 50);
  window.ticks = () => n;
  window.stopTicking = () => clearInterval(timer);
</script></body></html>`;

/** Runs in the page: the ranges of the named highlights whose text the page has taken out. */
function detachedRanges(names: Record<string, string>): number {
  let detached = 0;
  for (const name of Object.values(names)) {
    for (const range of CSS.highlights.get(name) ?? []) {
      if (!range.startContainer.isConnected || !range.endContainer.isConnected) detached++;
    }
  }
  return detached;
}

describe('a page that rewrites itself', () => {
  let b: ExtensionBrowser;
  let server: PageServer;
  const open: Page[] = [];

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({ '/ticker.html': TICKER });
  });
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function visit(path: string): Promise<Page> {
    const p = await b.context.newPage();
    open.push(p);
    await p.goto(server.url + path);
    return p;
  }

  it('keeps no highlight ranges on the text it replaced', async () => {
    const p = await visit('ticker.html');
    await expect.poll(async () => (await highlightTexts(p)).organization, { timeout: 20_000 }).toEqual(['APCERT', 'CICIR']);
    // Two seconds of rewriting: forty texts replaced.
    await expect.poll(() => p.evaluate(() => (window as unknown as { ticks(): number }).ticks()), { timeout: 10_000 }).toBeGreaterThan(40);
    await p.evaluate(() => (window as unknown as { stopTicking(): void }).stopTicking());
    const names = await inContentWorld<Record<string, string>>(p, 'globalThis.attacheInPage.names.highlights');
    // Once Attaché has caught up with the last change, only the live text is highlighted.
    await expect.poll(() => p.evaluate(detachedRanges, names!), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await highlightTexts(p)).organization).toEqual(['APCERT', 'CICIR']);
  });

});
