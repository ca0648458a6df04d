/**
 * The background's side of in-page recognition: it serves the compiled recogniser to content scripts and
 * keeps, per tab, what their frames found: the toolbar badge shows the number of distinct
 * entities, and `storage.session` holds the list for the side panel. It also inserts the
 * stylesheet for a frame's highlight names, which change with every page load.
 */
import type { Browser } from 'wxt/browser';
import { corpusVersion, fetchCorpus, type CorpusDb } from '../../lib/corpus/db';
import { createRecognizerSource } from '../../lib/background/recognizer-payload';
import { createTeamRecognizerSource, type TeamRecognizerDeps } from '../../lib/background/team-recognition';
import { highlightStyles } from '../../lib/shared/page-names';
import type { RequestHandlers } from '../../lib/shared/message-channel';
import { tabMentionsKey, type TabMentions } from '../../lib/shared/messages';
import { badgeText, TabMentionsTracker } from '../../lib/background/tab-mentions';

type PageRequests = 'get-recognizer' | 'page-mentions' | 'style-highlights';

export function pageRequestHandlers(
  db: CorpusDb,
  shippedCorpusUrl: string,
  team: TeamRecognizerDeps['team'],
): Pick<RequestHandlers<Browser.runtime.MessageSender>, PageRequests> {
  const bundledRecognizer = createRecognizerSource({
    currentVersion: () => corpusVersion(db),
    async readCorpus() {
      const version = await corpusVersion(db);
      const entities = version === undefined ? [] : await db.entities.toArray();
      // While the database is still being filled on install, the shipped file stands in.
      return entities.length > 0 ? { version: version!, entities } : fetchCorpus(fetch, shippedCorpusUrl);
    },
    cache: browser.storage.local,
  });
  const recognizer = createTeamRecognizerSource({
    bundledPayload: bundledRecognizer,
    async readCorpus() {
      const version = await corpusVersion(db);
      const entities = version === undefined ? [] : await db.entities.toArray();
      return entities.length > 0 ? { version: version!, entities } : fetchCorpus(fetch, shippedCorpusUrl);
    },
    team,
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

  const tabExists = (tabId: number) => browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

  browser.tabs.onRemoved.addListener(forget);
  // A new document in the tab: the counts of the old one no longer apply; its frames report anew.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  void browser.action.setBadgeBackgroundColor({ color: '#3b4a6b' });

  return {
    'get-recognizer': () => recognizer(),
    'page-mentions': async (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await show(tabId, tracker.report(tabId, sender.frameId ?? 0, request.url, request.entities)).catch(async (error: unknown) => {
        // The tab closed while its frames were still reporting: the badge call fails, and what
        // they said must not outlive the tab.
        if (await tabExists(tabId)) throw error;
        forget(tabId);
      });
    },
    'style-highlights': async (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      // Inserted CSS, like a manifest's content-script CSS, is not in the page's document.styleSheets.
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      await browser.scripting.insertCSS({ target, css: highlightStyles(request.names) });
    },
  };
}
