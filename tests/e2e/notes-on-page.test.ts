import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../harness/browser/launch-browser';
import { twoMembers } from '../../harness/browser/two-members';
import { inContentWorld } from '../../harness/browser/content-world';
import { clickAccessible, dialogNames } from '../../harness/browser/accessibility';
import { readHighlightTexts } from '../../harness/browser/highlights';

declare const chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } };

const ARTICLE = `<!doctype html><html lang="en"><head><title>Talks</title>
<link rel="canonical" href="/news/talks.html"></head><body>
<p>Opening remarks were brief.</p>
<p>The experts agreed that confidence-building measures should come first, and that capacity building follows.</p>
</body></html>`;
const QUOTE = 'confidence-building measures should come first';
const SECRET = 'Ministry line: do not quote this note';
const POLL = { timeout: 30_000, interval: 250 };

/**
 * Ana writes a note on a passage; Ben opens the same article under another address, asks for
 * the marks, sees the passage marked, rests the pointer on it, and opens the notes. The page's
 * own scripts (Playwright's evaluate runs in the page's world) never see the note's text.
 */
describe('team notes on the page, between two browsers', () => {
  const team = twoMembers({ '/news/talks.html': ARTICLE });
  const { join } = team;

  async function open(browser: ExtensionBrowser, url: string): Promise<{ tab: Page; panel: Page }> {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    // A match pattern cannot hold a query string: the tab is picked by its full address.
    const tabId = await browser.serviceWorker.evaluate(async (address) => (await chrome.tabs.query({})).find((t) => t.url === address)!.id!, tab.url());
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('button', { name: 'On this page', exact: true }).click();
    return { tab, panel };
  }

  it('marks the passage for the other member under another address, with counts and authors only', async () => {
    await join(team.ana, 'Ana');
    await join(team.ben, 'Ben');
    const atAna = await open(team.ana, `${team.pages.url}news/talks.html`);
    await atAna.tab.evaluate((quote) => {
      const text = document.querySelectorAll('p')[1]!.firstChild!;
      const at = text.textContent!.indexOf(quote);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + quote.length);
      document.getSelection()!.addRange(range);
    }, QUOTE);
    await atAna.panel.getByRole('button', { name: 'New note on the selection' }).click();
    await atAna.panel.locator('.nt-note .cm-content').click();
    await atAna.panel.keyboard.type(SECRET);
    await atAna.panel.getByRole('button', { name: 'Done' }).click();

    // Another address of the same article: tracking parameters and a fragment.
    const atBen = await open(team.ben, `${team.pages.url}news/talks.html?utm_source=newsletter&fbclid=x1#comments`);
    await expect.poll(() => atBen.panel.locator('.nt-note .nt-quote').allInnerTexts(), POLL).toEqual([QUOTE]);
    const names = await inContentWorld<{ note: string; tip: string }>(
      atBen.tab,
      '({ note: globalThis.attacheInPage.names.highlights.note, tip: globalThis.attacheInPage.names.noteTipTag })',
    );
    // Nothing is painted before Ben asks.
    expect(await atBen.tab.evaluate(readHighlightTexts, { note: names!.note })).toEqual({});

    await atBen.panel.getByRole('button', { name: 'Show on the page' }).click();
    await expect.poll(() => atBen.panel.locator('.nt-message').innerText(), POLL).toBe('1 passage marked on the page.');
    expect(await atBen.tab.evaluate(readHighlightTexts, { note: names!.note })).toEqual({ note: [QUOTE] });

    // Resting the pointer on the passage shows who wrote how many notes there.
    await atBen.tab.bringToFront();
    const box = await atBen.tab.evaluate((quote) => {
      const text = document.querySelectorAll('p')[1]!.firstChild!;
      const at = text.textContent!.indexOf(quote);
      const range = document.createRange();
      // On "should come first", away from the entity term the passage begins with (its card is a dialog too).
      const words = at + quote.indexOf('should');
      range.setStart(text, words);
      range.setEnd(text, words + 6);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, QUOTE);
    await atBen.tab.mouse.move(box.x, box.y + 60);
    await atBen.tab.mouse.move(box.x, box.y, { steps: 5 });
    await expect.poll(() => dialogNames(team.ben.context, atBen.tab), POLL).toContain('1 team note by Ana');

    // From the page's world: the tip is an element with a closed shadow root, and the note's
    // text is nowhere the page can read.
    const seen = await atBen.tab.evaluate((tag) => {
      const tip = document.querySelector(tag);
      return { tip: tip !== null, shadow: tip?.shadowRoot ?? null, html: document.documentElement.outerHTML, text: document.body.innerText };
    }, names!.tip);
    expect(seen.tip).toBe(true);
    expect(seen.shadow).toBeNull();
    expect(seen.html).not.toContain('Ministry');
    expect(seen.text).not.toContain('Ministry');

    await clickAccessible(team.ben.context, atBen.tab, 'button', 'Open in side panel', '1 team note by Ana');
    await expect.poll(() => dialogNames(team.ben.context, atBen.tab), POLL).not.toContain('1 team note by Ana');
    await expect.poll(() => atBen.panel.locator('.nt-note .note-preview').allInnerTexts(), POLL).toEqual([SECRET]);
  });

  it('takes a trashed note’s mark away', async () => {
    const tabs = team.ben.context.pages().filter((p) => p.url().includes('utm_source'));
    const tab = tabs[0]!;
    const panel = team.ben.context.pages().find((p) => p.url().includes('sidepanel.html'))!;
    const note = await inContentWorld<string>(tab, 'globalThis.attacheInPage.names.highlights.note');
    await panel.locator('.nt-note').getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => tab.evaluate(readHighlightTexts, { note: note! }), POLL).toEqual({});
  });
});
