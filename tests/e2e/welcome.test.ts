import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { ENTITY_PALETTE } from '../../lib/shared/entity-palette';
import { rgbOf } from '../../harness/contrast';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';

declare const chrome: typeof Browser;

const welcomeTabs = (b: ExtensionBrowser) =>
  b.serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({})).filter((t) => t.url === url).length,
    `chrome-extension://${b.extensionId}/welcome.html`,
  );

/** The welcome tab's page, once Playwright knows it (it may learn of it after the browser's tabs API). */
async function welcomePage(b: ExtensionBrowser): Promise<Page> {
  const find = () => b.context.pages().find((p) => p.url().endsWith('/welcome.html'));
  await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
  return find()!;
}

describe('the welcome page in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'attache-welcome-'));
  let b: ExtensionBrowser | undefined;
  afterAll(async () => {
    await b?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens once on install with the sample terms marked in their type’s colours', async () => {
    b = await launchExtensionBrowser(profile, { keepWelcome: true });
    await expect.poll(() => welcomeTabs(b!), { timeout: 20_000 }).toBe(1);
    const page = await welcomePage(b);
    await page.waitForLoadState();
    const terms = page.locator('.wl-term');
    await expect.poll(() => terms.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    const marks = await terms.evaluateAll((els) =>
      els.map((el) => ({
        type: el.getAttribute('data-entity-type')!,
        underline: getComputedStyle(el).textDecorationColor,
        style: getComputedStyle(el).textDecorationStyle,
      })),
    );
    for (const { type, underline, style } of marks) {
      const mark = rgbOf(ENTITY_PALETTE[type as keyof typeof ENTITY_PALETTE].mark);
      expect(underline, type).toBe(`rgb(${mark.join(', ')})`);
      expect(style).toBe('dotted');
    }
  });

  it('opens a term’s card from the keyboard', async () => {
    const page = await welcomePage(b!);
    await page.locator('.wl-term', { hasText: 'Li Baodong' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#wl-card .ac-name').innerText()).toBe('Li Baodong');
    // Read and closed, as a reader would: a restart must not bring it back.
    await page.close();
    await expect.poll(() => welcomeTabs(b!)).toBe(0);
  });

  it('does not open again when the browser starts with Attaché already installed', async () => {
    await b!.close({ keepProfile: true });
    b = await launchExtensionBrowser(profile);
    // The background has started and answered: any install event would have come before.
    expect(await b.serviceWorker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Attaché');
    expect(await welcomeTabs(b)).toBe(0);
  });
});
