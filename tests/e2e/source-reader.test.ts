import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import type { Corpus, SourceExcerpt } from '../../lib/shared/corpus-format/corpus-schema';
import { sourceTitle } from '../../lib/shared/card/source-titles';
import { clickAccessible, dialogNames } from '../../harness/browser/accessibility';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

declare const chrome: typeof Browser;

const corpus = JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')) as Corpus;
const cicir = corpus.entities.find((e) => e.id === 'cicir')!;

/** What the reader shows at the place: the passage marked, the mention stressed, and where they are. */
async function readerAt(p: Page) {
  await p.waitForSelector('mark.sr-passage', { timeout: 20_000 });
  // Scrolled into view: wait until the scroll the page makes has settled.
  await p.waitForFunction(() => {
    const box = document.querySelector('mark.sr-passage')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  return p.evaluate(() => {
    const mark = document.querySelector('mark.sr-passage')!;
    return {
      passage: mark.textContent!.replace(/\s+/g, ' '),
      mention: mark.querySelector('.sr-mention')?.textContent,
      focused: document.activeElement === mark,
      scrolled: scrollY,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      title: document.querySelector('h1')?.textContent,
    };
  });
}

const quoteWithoutCuts = (e: SourceExcerpt) => e.quote.replace(/^…|…$/g, '').replace(/\s+/g, ' ');
const verbatimMention = (e: SourceExcerpt) => readFileSync(`seeds/${e.doc}`, 'utf8').slice(e.start, e.end).replace(/\s+/g, ' ');

describe('the source reader', () => {
  let b: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({
      '/page.html': '<!doctype html><button id="before">before</button><p id="text">The meeting was co-hosted by CICIR.</p>',
    });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('opens from an excerpt in the in-page card, at the cited passage, in a tab beside the page', async () => {
    const p = await b.context.newPage();
    await p.goto(server.url + 'page.html');
    await p.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 20_000 });
    // A real click on the highlighted term opens its card.
    const box = await p.evaluate(() => {
      const text = document.getElementById('text')!.firstChild!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('CICIR');
      range.setStart(text, at);
      range.setEnd(text, at + 5);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await expect.poll(async () => {
      await p.mouse.click(box.x, box.y);
      return dialogNames(b.context, p);
    }, { timeout: 20_000 }).toEqual([cicir.shortName]);

    const excerpt = cicir.sources[0]!;
    const opened = b.context.waitForEvent('page');
    await clickAccessible(b.context, p, 'button', `${sourceTitle(excerpt.doc)}: open at this passage`);
    const reader = await opened;
    expect(reader.url()).toBe(
      `chrome-extension://${b.extensionId}/source.html?doc=${excerpt.doc}&start=${excerpt.start}&end=${excerpt.end}`,
    );
    const shown = await readerAt(reader);
    expect(shown.title).toBe(sourceTitle(excerpt.doc));
    expect(shown.passage).toContain(quoteWithoutCuts(excerpt));
    expect(shown.mention).toBe(verbatimMention(excerpt));
    expect(shown.focused).toBe(true);
    // The card stays open on the page for the next excerpt.
    expect(await dialogNames(b.context, p)).toEqual([cicir.shortName]);
    const tabs = await b.serviceWorker.evaluate(async () =>
      (await chrome.tabs.query({})).map((t) => ({ url: t.url ?? t.pendingUrl ?? '', index: t.index })),
    );
    const pageIndex = tabs.find((t) => t.url.endsWith('/page.html'))!.index;
    expect(tabs.find((t) => t.url.includes('/source.html'))!.index).toBe(pageIndex + 1);
    await reader.close();
    await p.close();
  });

  it('scrolls far down a long document to a passage near its end', async () => {
    // The excerpt furthest into the longest document: the page must scroll to reach it.
    const all = corpus.entities.flatMap((e) => e.sources);
    const far = all.filter((e) => e.doc === '001_140b32fc558893e9.txt').sort((a, b) => b.start - a.start)[5]!;
    const p = await b.context.newPage();
    await p.goto(`chrome-extension://${b.extensionId}/source.html?doc=${far.doc}&start=${far.start}&end=${far.end}`);
    const shown = await readerAt(p);
    expect(shown.passage).toContain(quoteWithoutCuts(far));
    expect(shown.mention).toBe(verbatimMention(far));
    expect(shown.scrolled).toBeGreaterThan(2000);
    expect(shown.overflow).toBe(0);
    await p.close();
  });

  it('opens from an excerpt in the side panel and in the popup', async () => {
    const p = await b.context.newPage();
    await p.goto(server.url + 'page.html');
    await p.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 20_000 });
    const tab = await b.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, server.url + 'page.html');
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tab}`);
    await panel.locator('[data-entity-id="cicir"] .sp-details').click({ timeout: 20_000 });
    // The side panel shows every excerpt: open the last one.
    const excerpt = cicir.sources.at(-1)!;
    const links = panel.getByRole('button', { name: `${sourceTitle(excerpt.doc)}: open at this passage` });
    let opened = b.context.waitForEvent('page');
    await links.last().click();
    let reader = await opened;
    expect(reader.url()).toContain(`start=${excerpt.start}&end=${excerpt.end}`);
    expect((await readerAt(reader)).passage).toContain(quoteWithoutCuts(excerpt));
    await reader.close();
    await panel.close();
    await p.close();

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?entity=cicir`);
    const second = cicir.sources[1]!;
    opened = b.context.waitForEvent('page');
    await popup.getByRole('button', { name: `${sourceTitle(second.doc)}: open at this passage` }).nth(
      cicir.sources.slice(0, 1).filter((e) => e.doc === second.doc).length,
    ).click();
    reader = await opened;
    expect((await readerAt(reader)).passage).toContain(quoteWithoutCuts(second));
    await reader.close();
    // The popup closes itself once the source has opened.
    if (!popup.isClosed()) await popup.close();
  });

  it('says so when the address names no passage', async () => {
    const p = await b.context.newPage();
    await p.goto(`chrome-extension://${b.extensionId}/source.html?doc=../corpus.json&start=1&end=2`);
    await expect.poll(() => p.locator('h1').textContent()).toBe('No source passage');
    await p.close();
  });
});
