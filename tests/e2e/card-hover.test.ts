import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../lib/shared/corpus-format/corpus-schema';
import { dialogNames } from '../../harness/browser/accessibility';
import { CARD_WINDOW_MS } from '../../harness/browser/card-window';
import { highlightTexts, ownTags } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';
import { CARD_ARTICLE, termCentre } from './scenarios';

/** The viewport centre of the first occurrence of `term` on the page. */
const centreOf = (page: Page, term: string) => page.evaluate(termCentre, term);

describe('opening cards from highlighted terms', () => {
  let b: ExtensionBrowser;
  let server: PageServer;
  let page: Page;
  const corpus = JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')) as Corpus;
  const nameOf = (id: string) => corpus.entities.find((e) => e.id === id)!.shortName;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({ '/article.html': CARD_ARTICLE });
    page = await b.context.newPage();
    await page.goto(server.url + 'article.html');
    await vi.waitFor(
      async () => expect((await highlightTexts(page))['organization']).toEqual(expect.arrayContaining(['CICIR', 'CSIS'])),
      { timeout: 20_000, interval: 200 },
    );
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function hover(term: string) {
    const { x, y } = await centreOf(page, term);
    await page.mouse.move(x - 4, y, { steps: 2 });
    await page.mouse.move(x, y, { steps: 2 });
  }

  it('opens the card of the hovered term, without taking focus, and Escape closes it', async () => {
    await hover('CSIS');
    await expect.poll(() => dialogNames(b.context, page), { timeout: 10_000 }).toEqual([nameOf('csis')]);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialogNames(b.context, page)).toEqual([]);
  });

  it('opens the right card for each term', async () => {
    await hover('CICIR');
    await expect.poll(() => dialogNames(b.context, page), { timeout: 10_000 }).toEqual([nameOf('cicir')]);
  });

  it('closes a hover card once the pointer leaves term and card', async () => {
    await hover('CICIR');
    await expect.poll(() => dialogNames(b.context, page), { timeout: 10_000 }).toEqual([nameOf('cicir')]);
    await page.mouse.move(1150, 20, { steps: 4 });
    await expect.poll(() => dialogNames(b.context, page)).toEqual([]);
  });

  it('opens the card at once on a click, with focus inside', async () => {
    const { x, y } = await centreOf(page, 'CSIS');
    await page.mouse.click(x, y);
    await expect.poll(() => dialogNames(b.context, page), { timeout: 10_000 }).toEqual([nameOf('csis')]);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe((await ownTags(page)).cardTag.toUpperCase());
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogNames(b.context, page)).toEqual([]);
  });

  it('shows nothing when the pointer rests on ordinary words', async () => {
    const { x, y } = await centreOf(page, 'joint');
    await page.mouse.move(x, y, { steps: 2 });
    // Long enough for a card to have opened had the word been a term.
    await page.waitForTimeout(CARD_WINDOW_MS);
    expect(await dialogNames(b.context, page)).toEqual([]);
  });
});
