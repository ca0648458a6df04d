import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { TYPO_SEARCH } from './scenarios';

describe('the popup in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async () => {
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const box = page.getByRole('combobox', { name: 'Search the corpus' });
    // The box is shown once the corpus is read, which right after install can take a while on
    // a busy machine; the polls below each have a second only.
    await box.waitFor({ timeout: 20_000 });
    return box;
  };
  const options = () => page.getByRole('option');

  it('searches as the reader types, through a typo, and opens the entity with the keyboard', async () => {
    const box = await open();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(TYPO_SEARCH.typed);
    await expect.poll(() => options().first().getAttribute('data-entity-id')).toBe(TYPO_SEARCH.entityId);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().innerText())
      .toBe(TYPO_SEARCH.heading);
    await page.close();
  });

  it('ranks the acronym’s entity first and lists it among recent lookups afterwards', async () => {
    const box = await open();
    await box.fill('GGE');
    await expect.poll(() => options().first().getAttribute('data-entity-id')).toBe('un-gge');
    await options().first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toBe('UN GGE');
    await page.close();

    await open();
    const recent = page.getByRole('listbox', { name: 'Recent lookups' }).getByRole('option');
    await expect
      .poll(() => recent.evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id'))))
      .toEqual(['un-gge', 'budapest-convention']);
    await page.close();
  });
});
