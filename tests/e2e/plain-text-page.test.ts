import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages, type PageServer } from '../../harness/browser/serve-pages';
import { highlightTexts } from '../../harness/browser/highlights';

// Statements, drafts and minutes are often published as plain text files.
const STATEMENT = 'Statement to the working group.\n\nAPCERT ran a drill with members of the region.\n';

describe('a page served as text/plain', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await servePages({ '/statement.txt': STATEMENT });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is read and highlighted, though the browser shows it as preformatted text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}statement.txt`);
    expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toEqual({ organization: ['APCERT'] });
    await page.close();
  });
});
