import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dialogNames } from '../../harness/browser/accessibility';
import { meanColour } from '../../harness/browser/colours';
import { ownTags } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { layoutFacts, saveScreenshot, type LayoutFacts } from '../../harness/browser/layout';
import { openCardFor } from '../../harness/browser/open-card';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

/**
 * Screenshots of the in-page card (written to tests/e2e/screenshots/) on the pages readers meet,
 * and the layout facts that make it usable there. The UN GGE card is the longest the corpus has
 * for a term a page writes briefly.
 */
const TERM = 'UN GGE';
const ENTITY = 'un-gge';
const filler = (words: string) => `<p>${words.repeat(40)}</p>`.repeat(12);
const article = (opts: { html?: string; head?: string; body?: string; text: string; words: string }) =>
  `<!doctype html><html ${opts.html ?? 'lang="en"'}><head><meta charset="utf-8">${opts.head ?? ''}</head>` +
  `<body style="font: 17px/1.6 Georgia, serif; margin: 24px; ${opts.body ?? ''}">` +
  `<h1>Cyber norms</h1><p id="text">${opts.text}</p>${filler(opts.words)}</body></html>`;

const EN = 'Last year the UN GGE agreed on eleven norms of responsible state behaviour in cyberspace.';
const PAGES = {
  '/light.html': article({ text: EN, words: 'The group met again in New York. ' }),
  '/dark.html': article({
    // A page that follows the reader's dark mode with its own colours, as many do.
    head: '<style>@media (prefers-color-scheme: dark) { body { background: #121212; color: #e6e6e6 } }</style>',
    text: EN,
    words: 'The group met again in New York. ',
  }),
  '/rtl.html': article({
    html: 'lang="ar" dir="rtl"',
    text: 'اتفق فريق UN GGE على أحد عشر معيارا للسلوك المسؤول للدول.',
    words: 'اجتمع الفريق مرة أخرى في نيويورك. ',
  }),
};

/** The card's parts, inside its closed shadow root. */
const CARD_PARTS = { dialog: '.ac-dialog', close: '.ac-close', actions: '.ac-actions', heading: '.ac-name' };

describe('the in-page card’s layout', () => {
  let b: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages(PAGES);
  });
  // Closed even when a test fails: cards are opened in the first tab showing a page's address.
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function openOn(path: keyof typeof PAGES, opts: { width?: number; dark?: boolean } = {}): Promise<Page> {
    const p = await b.context.newPage();
    open.push(p);
    if (opts.width) await p.setViewportSize({ width: opts.width, height: 800 });
    if (opts.dark) await p.emulateMedia({ colorScheme: 'dark' });
    await p.goto(server.url + path.slice(1));
    // The corpus loads into IndexedDB on install; the card needs it.
    await expect
      .poll(
        async () => {
          await openCardFor(b, server.url + path.slice(1), TERM, ENTITY);
          return (await dialogNames(b.context, p)).length;
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    // Its content loaded: the actions are there.
    await expect.poll(async () => (await cardFacts(p)).elements.actions).toBeDefined();
    return p;
  }

  async function cardFacts(p: Page): Promise<LayoutFacts> {
    return layoutFacts(p, { shadowHost: (await ownTags(p)).cardTag, elements: CARD_PARTS }, 'content');
  }

  /** What every page must give: the card whole on screen, its close button and actions in sight. */
  function expectUsable(facts: LayoutFacts) {
    const { dialog, close, actions, heading } = facts.elements;
    expect(facts.documentOverflowsX).toBe(false);
    expect(dialog?.insideViewport).toBe(true);
    expect(dialog?.overflowsX).toBe(false);
    expect(close?.visible).toBe(true);
    expect(actions?.visible).toBe(true);
    expect(heading?.visible).toBe(true);
  }

  it('fits a light page with its close button and actions in sight', async () => {
    const p = await openOn('/light.html');
    await saveScreenshot(p, 'card-light');
    expectUsable(await cardFacts(p));
  });

  it('fits a 400 px wide window', async () => {
    const p = await openOn('/light.html', { width: 400 });
    await saveScreenshot(p, 'card-narrow-400');
    const facts = await cardFacts(p);
    expectUsable(facts);
    expect(facts.elements.dialog!.rect.width).toBeLessThanOrEqual(400 - 16);
  });

  it('reads left to right on a right-to-left page', async () => {
    const p = await openOn('/rtl.html');
    await saveScreenshot(p, 'card-rtl');
    const facts = await cardFacts(p);
    expectUsable(facts);
    // The close button is at the card's right, as in English.
    expect(facts.elements.close!.rect.right).toBeGreaterThan(facts.elements.dialog!.rect.right - 48);
  });

  it('is dark, scrollbar included, in dark mode', async () => {
    const p = await openOn('/dark.html', { dark: true });
    await saveScreenshot(p, 'card-dark');
    const facts = await cardFacts(p);
    expectUsable(facts);
    // The long card scrolls: its scrollbar runs down the right edge, inside the border.
    const { dialog } = facts.elements;
    const strip = { x: dialog!.rect.right - 14, y: dialog!.rect.bottom - 120, width: 12, height: 100 };
    const [r, g, bl] = await meanColour(b.context, await p.screenshot({ clip: strip }));
    expect(Math.max(r, g, bl)).toBeLessThan(110);
  });

  it('follows its term while the term is in view and closes once the page scrolls it away', async () => {
    const p = await openOn('/light.html');
    const before = (await cardFacts(p)).elements.dialog!.rect;
    await p.mouse.move(600, 700);
    await p.mouse.wheel(0, 60);
    await expect.poll(async () => (await cardFacts(p)).elements.dialog?.rect.top).toBeLessThan(before.top - 30);
    expectUsable(await cardFacts(p));
    await p.mouse.wheel(0, 700);
    await expect.poll(() => dialogNames(b.context, p)).toEqual([]);
    // Closing did not scroll the page back to where the reader was.
    expect(await p.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  });
});
