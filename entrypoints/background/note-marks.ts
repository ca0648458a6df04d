/**
 * The background's side of team notes on the page: the passages a content script asks for when
 * its reader wants the marks, and a word to those tabs when the notes change so their marks
 * follow. Only tabs that asked are told; the others' pages never hear of notes.
 */
import type { Browser } from 'wxt/browser';
import { createPageNoteSource } from '../../lib/background/page-note-source';
import type { RequestHandlers } from '../../lib/shared/message-channel';
import { createSpaceConfigStore, createUpdateRelay, openLocalDoc } from '../../lib/notes';
import type { TabRequest } from '../../lib/shared/messages';

export function noteMarkHandlers(): Pick<RequestHandlers<Browser.runtime.MessageSender>, 'page-note-passages'> {
  const asking = new Set<number>();
  const relay = createUpdateRelay();
  const changed: TabRequest = { type: 'note-passages-changed' };
  const source = createPageNoteSource({
    loadSpace: () => createSpaceConfigStore(browser.storage.local).load(),
    openIndex: (name) => openLocalDoc(name, relay),
    changed: () => {
      for (const tabId of asking) {
        browser.tabs.sendMessage(tabId, changed, { frameId: 0 }).catch(() => asking.delete(tabId));
      }
    },
  });
  browser.tabs.onRemoved.addListener((tabId) => asking.delete(tabId));

  return {
    'page-note-passages': (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) asking.add(tabId);
      return source.passages(request.url, request.canonical);
    },
  };
}
