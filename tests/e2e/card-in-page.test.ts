import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import type { Corpus } from '../../lib/shared/corpus-format/corpus-schema';
import { ENTITY_PALETTE } from '../../lib/shared/entity-palette';
import { rgbOf } from '../../harness/contrast';
import { clickAccessible, dialogNames } from '../../harness/browser/accessibility';
import { countColours } from '../../harness/browser/colours';
import { highlightTexts, ownTags } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { openCardFor } from '../../harness/browser/open-card';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

declare const chrome: typeof Browser;

const TEXT = 'The third meeting was co-hosted by CICIR in The Hague.';
const HOSTILE_CSS = '* { all: unset !important; color: red !important } div { display: none !important }';
const page = (head = '') =>
  `<!doctype html><html><head>${head}</head><body><button id="before">before</button><p id="text">${TEXT}</p>` +
  `<div>${'filler '.repeat(50)}</div></body></html>`;

describe('the in-page card', () => {
  let b: ExtensionBrowser;
  let server: PageServer;
  const corpus = JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')) as Corpus;
  const cicirName = corpus.entities.find((e) => e.id === 'cicir')!.shortName;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    server = await servePages({
      '/plain.html': page(),
      '/hostile.html': page(`<style>${HOSTILE_CSS}</style>`),
    });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const p = await b.context.newPage();
    await p.goto(server.url + path);
    await p.focus('#before');
    // The corpus loads into IndexedDB on install; the card needs it.
    await expect.poll(async () => {
      await openCardFor(b, server.url + path, 'CICIR', 'cicir');
      return dialogNames(b.context, p);
    }, { timeout: 20_000 }).toEqual([cicirName]);
    return p;
  }

  it('shows the entity’s card as a dialog named by its heading, with focus inside', async () => {
    const p = await open('plain.html');
    const { cardTag } = await ownTags(p);
    expect(await p.evaluate(() => document.activeElement?.tagName)).toBe(cardTag.toUpperCase());
    // Closed: the page cannot reach into the card.
    expect(await p.evaluate((tag) => document.querySelector(tag)?.shadowRoot, cardTag)).toBeNull();
    await p.close();
  });

  it('labels the type in the colour of the same palette entry the page highlights it with', async () => {
    const p = await open('plain.html');
    const [injected] = await b.serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () => {
          // The content-script world may open the card's closed shadow root.
          const world = globalThis as unknown as { attacheInPage: { names: { cardTag: string; highlights: Record<string, string> } } };
          const { cardTag, highlights } = world.attacheInPage.names;
          const root = chrome.dom.openOrClosedShadowRoot(document.querySelector(cardTag) as HTMLElement)!;
          const label = root.querySelector('.ac-type')!;
          const mark = getComputedStyle(document.getElementById('text')!, `::highlight(${highlights.organization})`);
          return {
            type: label.closest('[data-entity-type]')!.getAttribute('data-entity-type'),
            label: getComputedStyle(label).color,
            underline: mark.textDecorationColor,
            style: mark.textDecorationStyle,
          };
        },
      });
    }, server.url + 'plain.html');
    const rgb = (hex: string) => `rgb(${rgbOf(hex).join(', ')})`;
    const result = injected?.result;
    // Headless Chromium renders in the light colour scheme.
    expect(result).toEqual({
      type: 'organization',
      label: rgb(ENTITY_PALETTE.organization.light),
      underline: rgb(ENTITY_PALETTE.organization.mark),
      style: 'dotted',
    });
    await p.close();
  });

  it('closes on Escape and gives focus back', async () => {
    const p = await open('plain.html');
    await p.keyboard.press('Escape');
    await expect.poll(() => dialogNames(b.context, p)).toEqual([]);
    expect(await p.locator((await ownTags(p)).cardTag).count()).toBe(0);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('before');
    await p.close();
  });

  it('closes on a click outside it', async () => {
    const p = await open('plain.html');
    await p.mouse.click(1150, 780);
    await expect.poll(() => dialogNames(b.context, p)).toEqual([]);
    await p.close();
  });

  it('opens a related entity’s card in its place', async () => {
    const p = await open('plain.html');
    const secd = corpus.entities.find((e) => e.id === 'secd')!;
    await clickAccessible(b.context, p, 'button', secd.name);
    await expect.poll(() => dialogNames(b.context, p)).toEqual([secd.shortName]);
    await clickAccessible(b.context, p, 'button', '← Back');
    await expect.poll(() => dialogNames(b.context, p)).toEqual([cicirName]);
    await p.close();
  });

  it('stops highlighting the term on this site when asked, closes, and highlights it again on Undo', async () => {
    const p = await open('plain.html');
    const highlighted = async () => Object.values(await highlightTexts(p)).flat();
    await expect.poll(highlighted, { timeout: 20_000 }).toContain('CICIR');
    await clickAccessible(b.context, p, 'button', 'Don’t highlight “CICIR” on this site');
    await expect.poll(() => dialogNames(b.context, p)).toEqual([]);
    // The content script follows the setting without a reload.
    await expect.poll(highlighted).not.toContain('CICIR');
    const stored = await b.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { hiddenEntities: Record<string, string[]> }).hiddenEntities['127.0.0.1']).toEqual(['cicir']);
    // The notice that follows holds the focus on its Undo: one key shows the term again.
    await p.keyboard.press('Enter');
    await expect.poll(highlighted, { timeout: 20_000 }).toContain('CICIR');
    const undone = await b.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect((undone.settings as { hiddenEntities: Record<string, string[]> }).hiddenEntities['127.0.0.1']).toBeUndefined();
    await b.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
    await p.close();
  });

  it('opens the side panel on the entity from a click in the card, to read or to add a note', async () => {
    const sidePanels = () =>
      b.serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length);
    const target = () => b.serviceWorker.evaluate(async () => (await chrome.storage.session.get('sidePanelTarget')).sidePanelTarget);
    expect(await sidePanels()).toBe(0);

    const p = await open('plain.html');
    await clickAccessible(b.context, p, 'button', 'Open in side panel');
    // The reader's click reaches the background through the message, so the panel may open.
    await expect.poll(sidePanels).toBe(1);
    expect(await target()).toMatchObject({ target: { kind: 'entity', entityId: 'cicir', intent: 'view' } });
    expect(await dialogNames(b.context, p)).toEqual([]);
    await p.close();

    const q = await open('plain.html');
    await clickAccessible(b.context, q, 'button', 'Add a note');
    await expect.poll(target).toMatchObject({ target: { kind: 'entity', entityId: 'cicir', intent: 'add-note' } });
    await q.close();
  });

  it('stays visible, sized and readable on a page whose CSS unsets and hides everything', async () => {
    const p = await open('hostile.html');
    const box = await p.locator((await ownTags(p)).cardTag).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(150);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);

    const colours = await countColours(b.context, await p.screenshot({ clip: box! }));
    // The card's own dark text, not the page's forced red.
    expect(colours.darkText / colours.total).toBeGreaterThan(0.01);
    expect(colours.red / colours.total).toBeLessThan(0.001);
    await p.close();
  });
});
