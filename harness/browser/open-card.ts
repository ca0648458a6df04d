import type { browser as Browser } from 'wxt/browser';
import type { ExtensionBrowser } from './launch-browser';

declare const chrome: typeof Browser;

/**
 * Opens the card for the first occurrence of `term` in the page's `#text` the way the content
 * script does after a click: from the content-script world, ask the background to inject the
 * card host, then call its openCard.
 */
export async function openCardFor(b: ExtensionBrowser, url: string, term: string, entityId: string): Promise<void> {
  await b.serviceWorker.evaluate(
    async ({ url, term, entityId }) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [term, entityId],
        func: async (term: string, entityId: string) => {
          type Api = { openCard(hit: unknown, trigger: string): Promise<void> };
          const world = globalThis as unknown as Record<symbol, unknown> & { attacheInPage?: { names: { cardTag: string } } };
          const key = Symbol.for('attache.card-host');
          const made = Symbol.for('test.card-host');
          if (!world.attacheInPage) throw new Error('the content script has not started yet');
          if (!world[key]) await chrome.runtime.sendMessage({ type: 'load-card-host' });
          world[made] ??= (world[key] as (tag: string) => Api)(world.attacheInPage.names.cardTag);
          const text = document.getElementById('text')!.firstChild!;
          const range = document.createRange();
          const start = text.textContent!.indexOf(term);
          range.setStart(text, start);
          range.setEnd(text, start + term.length);
          await (world[made] as Api).openCard({ id: entityId, range }, 'click');
        },
      });
    },
    { url, term, entityId },
  );
}
