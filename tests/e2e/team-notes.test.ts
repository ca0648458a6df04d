import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../harness/browser/launch-browser';
import { twoMembers } from '../../harness/browser/two-members';

/** The extension API as extension pages and the service worker see it; these callbacks run there. */
declare const chrome: {
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
};

const REPORT = `<!doctype html><html lang="en"><head><title>Report</title></head><body>
<p>The experts agreed that confidence-building measures should come first, and that capacity building follows.</p>
</body></html>`;

const ENTITY = 'cicir';
const POLL = { timeout: 30_000, interval: 250 };

/**
 * Two members, each with their own Chromium profile and the built extension, and one real
 * sync server: they join through the options page and write in the side panel.
 */
describe('team notes between two browsers', () => {
  const team = twoMembers({ '/report.html': REPORT });
  const { join } = team;
  let anaPanel: Page;
  let benPanel: Page;

  /** The side panel as a tab, showing the entity's notes. */
  async function panelOn(browser: ExtensionBrowser, entityId: string): Promise<Page> {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.evaluate(
      (id) => chrome.storage.session.set({ sidePanelTarget: { target: { kind: 'entity', entityId: id }, at: Date.now() } }),
      entityId,
    );
    await panel.locator('.nt-toolbar').waitFor();
    return panel;
  }

  const noteTexts = (panel: Page) => panel.locator('.nt-note .note-preview').allInnerTexts();

  /** Opens the only note for editing, types at its end, and closes the editor. */
  async function appendToNote(panel: Page, text: string): Promise<void> {
    await panel.locator('.nt-note').getByRole('button', { name: 'Edit' }).click();
    await panel.locator('.nt-note .cm-content').click();
    await panel.keyboard.press('Control+End');
    await panel.keyboard.type(text);
    await panel.locator('.nt-note').getByRole('button', { name: 'Done' }).click();
  }

  it('lets both members join through the options page', async () => {
    const anaOptions = await join(team.ana, 'Ana');
    const benOptions = await join(team.ben, 'Ben');
    expect(await anaOptions.locator('.ts-membership').innerText()).toBe(`Member of acme on ${team.server.url}`);
    await benOptions.close();
    anaPanel = await panelOn(team.ana, ENTITY);
    benPanel = await panelOn(team.ben, ENTITY);
  });

  it('shows a note written in one browser in the other’s side panel', async () => {
    await anaPanel.getByRole('button', { name: 'New note', exact: true }).click();
    await anaPanel.locator('.nt-note .cm-content').click();
    await anaPanel.keyboard.type('Met the CICIR delegation.');
    await anaPanel.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => noteTexts(anaPanel), POLL).toEqual(['Met the CICIR delegation.']);
    await expect.poll(() => noteTexts(benPanel), POLL).toEqual(['Met the CICIR delegation.']);
    expect(await benPanel.locator('.nt-meta').first().innerText()).toContain('Ana');
  });

  it('delivers edits made while the server is down once it is back', async () => {
    await team.stopServer();
    await appendToNote(anaPanel, ' Follow-up in May.');
    await expect.poll(() => noteTexts(anaPanel), POLL).toEqual(['Met the CICIR delegation. Follow-up in May.']);
    // Nothing can reach Ben while the server is down.
    expect(await noteTexts(benPanel)).toEqual(['Met the CICIR delegation.']);

    await team.startServer();
    await expect.poll(() => noteTexts(benPanel), { ...POLL, timeout: 50_000 }).toEqual(['Met the CICIR delegation. Follow-up in May.']);
  });

  it('keeps a browser’s notes when it restarts', async () => {
    // Down, so what the panel shows after the restart can only come from this device.
    await team.relaunch('ana', () => team.stopServer());
    anaPanel = await panelOn(team.ana, ENTITY);
    await expect.poll(() => noteTexts(anaPanel), POLL).toEqual(['Met the CICIR delegation. Follow-up in May.']);
    await team.startServer();
  });

  it('quotes the passage selected on a page in a page note the other member sees', async () => {
    const url = `${team.pages.url}report.html`;
    const open = async (browser: ExtensionBrowser) => {
      const tab = await browser.context.newPage();
      await tab.goto(url);
      const tabId = await browser.serviceWorker.evaluate(async (address) => (await chrome.tabs.query({ url: address }))[0]!.id!, url);
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
      // The panel may open on the entity asked for earlier in this browser session.
      await panel.getByRole('button', { name: 'On this page', exact: true }).click();
      return { tab, panel };
    };
    const atAna = await open(team.ana);
    await atAna.tab.evaluate(() => {
      const text = document.querySelector('p')!.firstChild!;
      const at = text.textContent!.indexOf('confidence-building measures');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'confidence-building measures'.length);
      document.getSelection()!.addRange(range);
    });
    await atAna.panel.getByRole('button', { name: 'New note on the selection' }).click();
    await atAna.panel.locator('.nt-note .cm-content').click();
    await atAna.panel.keyboard.type('First, then capacity.');
    await atAna.panel.getByRole('button', { name: 'Done' }).click();
    expect(await atAna.panel.locator('.nt-quote').innerText()).toBe('confidence-building measures');

    const atBen = await open(team.ben);
    await expect.poll(() => atBen.panel.locator('.nt-note .nt-quote').allInnerTexts(), POLL).toEqual(['confidence-building measures']);
    await expect.poll(() => noteTexts(atBen.panel), POLL).toEqual(['First, then capacity.']);
  });

  it('renders a hostile note inert in the other member’s panel', async () => {
    const pixel = `${team.pages.url}pixel.png`;
    const hostile = [
      '<script>document.title = "pwned"</script>',
      `<img src="${pixel}" onerror="document.title = 'pwned'">`,
      `![tracker](${pixel})`,
      '[click](javascript:document.title=\'pwned\')',
      '<iframe src="https://example.org/"></iframe>',
      '<svg onload="document.title = \'pwned\'"></svg>',
      `<div style="background: url(${pixel})">styled</div>`,
      '<form action="https://example.org/"><input name="q"></form>',
    ].join('\n\n');
    const requested: string[] = [];
    team.ben.context.on('request', (request) => requested.push(request.url()));
    let dialogs = 0;
    benPanel.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    await anaPanel.getByRole('button', { name: 'New note', exact: true }).click();
    await anaPanel.locator('.nt-note .cm-content').last().click();
    await anaPanel.keyboard.insertText(hostile);
    await anaPanel.getByRole('button', { name: 'Done' }).click();

    await expect.poll(() => benPanel.locator('.nt-note').count(), POLL).toBe(2);
    const preview = benPanel.locator('.nt-note .note-preview', { hasText: 'styled' });
    await preview.waitFor();
    const found = await preview.evaluate((root) => ({
      elements: [...root.querySelectorAll('script, img, iframe, svg, style, form, input')].map((el) => el.tagName),
      handlers: [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on') || name === 'style')),
      links: [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
    }));
    expect(found.elements).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.links).toEqual([
      [pixel, '_blank', 'noopener noreferrer'],
      [null, null, null],
    ]);
    expect(await benPanel.title()).not.toBe('pwned');
    expect(dialogs).toBe(0);
    expect(requested.filter((url) => url.startsWith(pixel))).toEqual([]);
  });

  it('shows who is in the space, and the other member’s cursor with their name while both edit', async () => {
    await expect.poll(() => benPanel.locator('.nt-section > .note-presence li').allInnerTexts(), POLL).toEqual(['Ben (you)', 'Ana']);
    const first = (panel: Page) => panel.locator('.nt-note', { hasText: 'Follow-up in May.' });
    await first(anaPanel).getByRole('button', { name: 'Edit' }).click();
    await first(benPanel).getByRole('button', { name: 'Edit' }).click();
    await first(anaPanel).locator('.cm-content').click();
    await anaPanel.keyboard.press('Control+Home');
    // The caret's label sits between word joiners, which keep it from breaking the line.
    const carets = async () =>
      (await first(benPanel).locator('.cm-ySelectionCaret').allInnerTexts()).map((text) => text.replace(/[\u2060\s]/g, ''));
    await expect.poll(carets, POLL).toEqual(['Ana']);
    expect(await first(benPanel).locator('.cm-ySelectionCaret').getAttribute('style')).toMatch(/#[0-9a-f]{6}/);
    expect(await first(benPanel).locator('.note-presence li').allInnerTexts()).toEqual(['Ben (you)', 'Ana']);
    await first(anaPanel).getByRole('button', { name: 'Done' }).click();
    await first(benPanel).getByRole('button', { name: 'Done' }).click();
  });
});
