/**
 * The background's answers to the in-page card: entity details by id, the notes count,
 * opening the side panel on an entity, and injecting the card host into a frame on its first
 * card.
 */
import type { Browser } from 'wxt/browser';
import type { CorpusDb } from '../../lib/corpus-db';
import { createDetailsLookup } from '../../lib/entity-details-lookup';
import { createNoteCounter } from '../../lib/entity-note-counts';
import { createSpaceConfigStore, createUpdateRelay, openLocalDoc } from '../../lib/notes';
import { isRequest, type Request, type ResponseMap } from '../../lib/messages';
import {
  cardPanelRoute,
  openSidePanel,
  showTargetThroughPopup,
  type PopupRouteApis,
  type SidePanelApis,
} from '../../lib/browser-differences';
import { popupEntityQuery } from '../../lib/popup-address';
import { PANEL_TARGET_KEY, storedPanelTarget } from '../../lib/side-panel-target';

/** Built by WXT from entrypoints/card-host/. */
const CARD_HOST_SCRIPT = '/card-host.js';

type Answer = { [T in Request['type']]: ResponseMap[T] }[Request['type']];

export function answerCardRequests(db: CorpusDb): void {
  const details = createDetailsLookup(db);
  const relay = createUpdateRelay();
  const countNotes = createNoteCounter({
    loadSpace: () => createSpaceConfigStore(browser.storage.local).load(),
    openIndex: (name) => openLocalDoc(name, relay),
  });

  const answer = (request: Request, sender: Browser.runtime.MessageSender): Promise<Answer> | undefined => {
    switch (request.type) {
      case 'get-entity':
        return details(request.id);
      case 'count-notes':
        return countNotes(request.entityId);
      case 'open-side-panel': {
        const windowId = sender.tab?.windowId;
        const tabId = sender.tab?.id;
        if (windowId === undefined || tabId === undefined) return Promise.reject(new Error('open-side-panel comes from a tab'));
        const { entityId, intent } = request;
        const store = () =>
          entityId
            ? browser.storage.session.set({ [PANEL_TARGET_KEY]: storedPanelTarget({ kind: 'entity', entityId, intent }) })
            : Promise.resolve();
        if (cardPanelRoute(import.meta.env.BROWSER) === 'through-popup') {
          const popup = `/popup.html${entityId ? popupEntityQuery(entityId) : ''}`;
          return store()
            .then(() => showTargetThroughPopup(browser as unknown as PopupRouteApis, { tabId, windowId }, popup))
            .then(() => undefined);
        }
        // Called before anything is awaited: the panel may open only within the reader's click.
        const opened = openSidePanel(browser as unknown as SidePanelApis, windowId);
        return Promise.all([opened, store()]).then(() => undefined);
      }
      case 'load-card-host': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return Promise.reject(new Error('load-card-host comes from a tab'));
        return browser.scripting
          .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_HOST_SCRIPT] })
          .then(() => undefined);
      }
      default:
        // Other requests are answered by their own listeners.
        return undefined;
    }
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isRequest(message)) return false;
    const pending = answer(message, sender);
    if (!pending) return false;
    pending.then(sendResponse, (error: unknown) => {
      console.error(`Attaché: ${message.type} failed:`, error);
      sendResponse(undefined);
    });
    // Keeps the channel open for the asynchronous answer.
    return true;
  });
}
