import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeInvite } from '../../lib/notes';
import { saveTeamEntry } from '../../lib/notes/team-glossary';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process';
import { openClient, type TeamClient } from '../../harness/sync-server/team-client';
import { accessibilityTree, dialogNames, findRole, type AccessibleNode } from '../../harness/browser/accessibility';
import { highlightTexts } from '../../harness/browser/highlights';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { openCardFor } from '../../harness/browser/open-card';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';

const NEWS = `<!doctype html><html lang="en"><head><title>News</title></head><body>
<p id="text">Delegations met again at the OEWG in New York this week.</p>
</body></html>`;
const POLL = { timeout: 30_000, interval: 250 };

const names = (node: AccessibleNode): string[] => [node.name, ...node.children.flatMap(names)];

/**
 * A colleague adds a team entry through the real sync server; the member's browser highlights
 * its name on a page, and its card cites the page the colleague read.
 */
describe('a team glossary entry on a page', () => {
  const data = makeDataDir();
  let server: SyncServerProcess;
  let token: string;
  let b: ExtensionBrowser;
  let pages: PageServer;
  let peer: TeamClient | undefined;

  beforeAll(async () => {
    pages = await servePages({ '/news.html': NEWS });
    token = await invite(data.dir, 'acme');
    server = await startSyncServer({ dataDir: data.dir });
    b = await launchExtensionBrowser();
  });
  afterAll(async () => {
    peer?.destroy();
    await b?.close();
    await server?.stop();
    await pages?.close();
    data.remove();
  });

  it('is highlighted and its card shows the team’s fact with the page it cites', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('#ts-invite').fill(encodeInvite({ serverUrl: server.url, space: 'acme', token }));
    await options.locator('#ts-displayName').fill('Ana');
    await options.getByRole('button', { name: 'Join space' }).click();
    await options.getByRole('button', { name: /^Join on 127\.0\.0\.1$/ }).click();
    await expect.poll(() => options.locator('.ts-status').getAttribute('data-state'), POLL).toBe('connected');

    // The panel hears the server live and hands the glossary on to the background.
    const panel: Page = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Team glossary', exact: true }).click();

    peer = openClient(server.url, 'acme/glossary', token);
    await peer.synced();
    const saved = saveTeamEntry(
      peer.doc,
      {
        id: 'open-ended-working-group', name: 'Open-Ended Working Group', type: 'process', aliases: ['OEWG'],
        summary: 'The UN working group on ICT security open to all member states.', rules: [],
        facts: [{
          text: 'It adopted its final report in July.',
          source: { quote: 'The OEWG adopted its final report.', prefix: '', suffix: '', url: 'https://news.example/oewg', title: 'OEWG wraps up', date: '2026-11-30' },
        }],
      },
      { author: { id: 'ben-0001', name: 'Ben' }, bundled: [] },
    );
    expect(saved.problems).toEqual([]);
    await peer.settled();
    await expect.poll(() => panel.locator('.tg-entry').allInnerTexts(), POLL).toEqual([expect.stringContaining('Open-Ended Working Group')]);

    const url = `${pages.url}news.html`;
    const tab = await b.context.newPage();
    await tab.goto(url);
    await expect.poll(async () => Object.values(await highlightTexts(tab)).flat(), POLL).toContain('OEWG');

    await expect.poll(async () => {
      await openCardFor(b, url, 'OEWG', 'open-ended-working-group');
      return dialogNames(b.context, tab);
    }, POLL).toEqual(['Open-Ended Working Group']);
    const [card] = findRole(await accessibilityTree(b.context, tab), 'dialog');
    const text = names(card!).join(' ');
    expect(text).toContain('It adopted its final report in July.');
    expect(text).toContain('The OEWG adopted its final report.');
    // The accessibility tree splits the line into its text runs.
    expect(text).toContain('Added by');
    expect(text).toContain('Ben');
    expect(findRole([card!], 'link').map((l) => l.name)).toContain('OEWG wraps up');
  });
});
