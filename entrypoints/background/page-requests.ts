/**
 * The background's side of in-page recognition: it serves the matcher to content scripts and
 * keeps, per tab, what their frames found: the toolbar badge shows the number of distinct
 * entities, and `storage.session` holds the list for the side panel. It also inserts the
 * stylesheet for a frame's highlight names, which change with every page load.
 */
import type { Browser } from 'wxt/browser';
import { corpusVersion, fetchCorpus, type CorpusDb } from '../../lib/corpus-db';
import { createRecognizerSource } from '../../lib/matcher';
import { highlightStyles } from '../../lib/page-names';
import { isRequest, tabMentionsKey, type Request, type ResponseMap, type TabMentions } from '../../lib/messages';
import { badgeText, TabMentionsTracker } from '../../lib/tab-mentions';

const PAGE_REQUESTS = new Set<Request['type']>(['get-matcher', 'page-mentions', 'style-highlights']);

export function answerPageRequests(db: CorpusDb, shippedCorpusUrl: string): void {
  const recognizer = createRecognizerSource({
    currentVersion: () => corpusVersion(db),
    async readCorpus() {
      const version = await corpusVersion(db);
      const entities = version === undefined ? [] : await db.entities.toArray();
      // While the database is still being filled on install, the shipped file stands in.
      return entities.length > 0 ? { version: version!, entities } : fetchCorpus(fetch, shippedCorpusUrl);
    },
    cache: browser.storage.local,
  });
  const tracker = new TabMentionsTracker();

  const show = async (tabId: number, mentions: TabMentions | undefined) => {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: mentions ? badgeText(mentions) : '' }),
      mentions
        ? browser.storage.session.set({ [tabMentionsKey(tabId)]: mentions })
        : browser.storage.session.remove(tabMentionsKey(tabId)),
    ]);
  };
  const forget = (tabId: number) => {
    tracker.forget(tabId);
    show(tabId, undefined).catch(() => undefined);
  };

  const answer = async (
    request: Request,
    sender: Browser.runtime.MessageSender,
  ): Promise<ResponseMap['get-matcher'] | ResponseMap['page-mentions'] | ResponseMap['style-highlights']> => {
    if (request.type === 'get-matcher') {
      const payload = await recognizer();
      return payload.version === request.knownVersion ? { unchanged: true } : payload;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (request.type === 'style-highlights') {
      // Inserted CSS, like a manifest's content-script CSS, is not in the page's document.styleSheets.
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      await browser.scripting.insertCSS({ target, css: highlightStyles(request.names) });
      return;
    }
    if (request.type !== 'page-mentions') return;
    await show(tabId, tracker.report(tabId, sender.frameId ?? 0, request.url, request.entities)).catch(async (error: unknown) => {
      // The tab closed while its frames were still reporting: the badge call fails, and what
      // they said must not outlive the tab.
      if (await tabExists(tabId)) throw error;
      forget(tabId);
    });
  };
  const tabExists = (tabId: number) => browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isRequest(message) || !PAGE_REQUESTS.has(message.type)) return false;
    answer(message, sender).then(sendResponse, (error: unknown) => {
      console.error(`Attaché: ${message.type} failed:`, error);
      sendResponse(undefined);
    });
    // Keeps the channel open for the asynchronous answer.
    return true;
  });
  browser.tabs.onRemoved.addListener(forget);
  // A new document in the tab: the counts of the old one no longer apply; its frames report anew.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  void browser.action.setBadgeBackgroundColor({ color: '#3b4a6b' });
}
