import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_WINDOW_MS } from '../../harness/browser/card-window';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

/**
 * What a page learns about Attaché, seen from the page's own scripts: everything here is read
 * with page.evaluate or recorded by the page's inline script, never in the extension's world.
 */

/**
 * Records, from before the content script runs, every message the page receives, every event
 * of WXT's content-script lifecycle on document or window (their names carry the extension's
 * id, so a page that knows the id can listen for them), and every performance entry.
 */
const RECORDER = (extensionId: string) => `<script>
  window.heard = [];
  addEventListener('message', (e) => heard.push('message ' + JSON.stringify(e.data) + ' from ' + e.origin));
  for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
    for (const type of [name, '${extensionId}:content:' + name]) {
      for (const target of [document, window]) {
        target.addEventListener(type, (e) => heard.push('event ' + e.type + ' ' + JSON.stringify(e.detail ?? null)), true);
      }
    }
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) heard.push('performance ' + entry.entryType + ' ' + entry.name);
  }).observe({ entryTypes: ['mark', 'measure'] });
</script>`;

const article = (extensionId: string) => `<!doctype html><html><head>${RECORDER(extensionId)}</head><body>
  <button id="start">start</button>
  <p>APCERT ran a drill.</p><p>Li Baodong spoke about the Budapest Convention.</p>
</body></html>`;

/** Every painted range's text, as the page reads the shared highlight registry. */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const highlight of CSS.highlights.values()) {
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
    }
    return texts.sort();
  });
}

/** Everything the page can read that might name its reader's extension. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const rules = (sheets: Iterable<CSSStyleSheet>) =>
      [...sheets].flatMap((sheet) => {
        try {
          return [...sheet.cssRules].map((rule) => rule.cssText);
        } catch {
          return [];
        }
      });
    const elements = [...document.querySelectorAll('*')];
    return {
      heard: (window as unknown as { heard: string[] }).heard,
      highlightNames: [...CSS.highlights.keys()],
      emptyHighlights: [...CSS.highlights.values()].filter((h) => h.size === 0).length,
      performance: performance.getEntries().map((e) => `${e.entryType} ${e.name}`),
      marks: performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length,
      // The page's own recorder in <head> names the id it listens for; everything else counts.
      html: [...document.documentElement.children].filter((el) => el !== document.head).map((el) => el.outerHTML).join(''),
      tags: [...new Set(elements.map((el) => el.localName))],
      attributes: [...new Set(elements.flatMap((el) => el.getAttributeNames()))],
      styleRules: [...rules(document.styleSheets), ...rules(document.adoptedStyleSheets)],
      globals: Object.getOwnPropertyNames(window).filter((name) => /attach|wxt/i.test(name)),
    };
  });
}

describe('what a page can learn about Attaché', () => {
  let b: ExtensionBrowser;
  let server: PageServer;
  const open = async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.url}article.html`);
    await expect.poll(() => paintedTexts(page), { timeout: 20_000 }).toEqual(['APCERT', 'Budapest Convention', 'Li Baodong']);
    return page;
  };

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({ '/article.html': article(b.extensionId) });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('sends the page no message, event or performance entry while it loads', async () => {
    const page = await open();
    const { heard } = await pageView(page);
    expect(heard.filter((h) => h.includes(b.extensionId) || /attach/i.test(h))).toEqual([]);
    expect(heard).toEqual([]);
    await page.close();
  });

  it('keeps highlighting, new content too, after the page forges the lifecycle messages of the content script', async () => {
    const page = await open();
    await page.evaluate((id) => {
      const forged = { contentScriptName: 'content', messageId: 'forged' };
      for (const type of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
        document.dispatchEvent(new CustomEvent(type, { detail: forged }));
        window.dispatchEvent(new CustomEvent(type, { detail: forged }));
        window.postMessage({ type, ...forged }, '*');
      }
    }, b.extensionId);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: CICIR hosted a workshop.';
      document.body.append(p);
    });
    await expect.poll(() => paintedTexts(page), { timeout: 20_000 }).toEqual(['APCERT', 'Budapest Convention', 'CICIR', 'Li Baodong']);
    await page.close();
  });

  it('shows no name of the extension in the highlight registry, the performance timeline, the DOM, styles or globals, with a card open', async () => {
    const page = await open();
    await page.focus('#start');
    // Moves to the first mention: the focused-mention highlight, the live region and a card.
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await pageView(page)).tags.length, { timeout: 10_000 }).toBeGreaterThan(7);
    const view = await pageView(page);
    const seen = JSON.stringify(view);
    expect(seen).not.toContain(b.extensionId);
    expect(seen).not.toMatch(/attach/i);
    expect(view.globals).toEqual([]);
    expect(view.marks).toBe(0);
    // Registered only while painted: four kinds shown (three types and the focused mention).
    expect(view.highlightNames).toHaveLength(4);
    expect(view.emptyHighlights).toBe(0);
    // The stylesheet naming the highlights is inserted where the page's CSSOM does not reach.
    expect(view.styleRules.filter((rule) => rule.includes('::highlight'))).toEqual([]);
    await page.close();
  });

  it('opens nothing for keys and clicks a page script makes up', async () => {
    const page = await open();
    const before = (await pageView(page)).tags;
    await page.evaluate(() => {
      const term = document.querySelectorAll('p')[0]!.firstChild!;
      const range = document.createRange();
      range.setStart(term, 0);
      range.setEnd(term, 'APCERT'.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      const at = { clientX: x + width / 2, clientY: y + height / 2, bubbles: true, composed: true };
      for (const type of ['pointermove', 'pointerdown']) document.body.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse' }));
      document.body.dispatchEvent(new MouseEvent('click', { ...at, button: 0 }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    });
    // Long enough for a hover card or a clicked one to have opened.
    await page.waitForTimeout(CARD_WINDOW_MS);
    const after = await pageView(page);
    expect(after.tags).toEqual(before);
    expect(after.highlightNames).toHaveLength(3);
    await page.close();
  });

  it('draws other highlight and element names on every load', async () => {
    const [first, second] = [await open(), await open()];
    for (const page of [first, second]) {
      await page.focus('#start');
      await page.keyboard.press('Alt+Shift+N');
      await expect.poll(async () => (await pageView(page)).tags.length, { timeout: 10_000 }).toBeGreaterThan(7);
    }
    const [a, c] = [await pageView(first), await pageView(second)];
    expect(a.highlightNames.filter((name) => c.highlightNames.includes(name))).toEqual([]);
    const standard = ['html', 'head', 'script', 'body', 'button', 'p'];
    const ownA = a.tags.filter((tag) => !standard.includes(tag));
    const ownC = c.tags.filter((tag) => !standard.includes(tag));
    expect(ownA).toHaveLength(2); // the card and the live region
    expect(ownA.filter((tag) => ownC.includes(tag))).toEqual([]);
    await Promise.all([first.close(), second.close()]);
  });
});

describe('an old content script after the extension is reloaded', () => {
  it('stands down: removes its highlights from the page', async () => {
    const b = await launchExtensionBrowser();
    const server = await servePages({ '/article.html': article(b.extensionId) });
    try {
      const page = await b.context.newPage();
      await page.goto(`${server.url}article.html`);
      await expect.poll(() => paintedTexts(page), { timeout: 20_000 }).toEqual(['APCERT', 'Budapest Convention', 'Li Baodong']);
      await b.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
      await expect.poll(() => paintedTexts(page), { timeout: 15_000 }).toEqual([]);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    } finally {
      await b.close();
      await server.close();
    }
  });
});
