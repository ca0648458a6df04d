/**
 * The background's answers to the in-page card: entity details by id (team entities and what
 * team entries add to bundled ones included), the notes count, opening the side panel on an
 * entity or the source reader at an excerpt, and injecting the card host into a frame on its
 * first card.
 */
import type { Browser } from 'wxt/browser';
import { cardPanelRoute, showTargetThroughPopup, type PopupRouteApis } from '../../lib/shared/browser-differences';
import type { CorpusDb } from '../../lib/corpus/db';
import { createDetailsLookup } from '../../lib/background/entity-details-lookup';
import { withTeamDetails } from '../../lib/background/team-entity-details-lookup';
import type { TeamGlossaryFollower } from '../../lib/background/team-recognition';
import { createNoteCounter } from '../../lib/background/entity-note-counts';
import type { RequestHandlers } from '../../lib/shared/message-channel';
import { createSpaceConfigStore, createUpdateRelay, openLocalDoc } from '../../lib/notes';
import { popupEntityQuery } from '../../lib/shared/popup-address';
import { panelOpenerApis, showInSidePanel, storePanelTarget } from '../../lib/shared/show-in-side-panel';
import { sourceReaderPath } from '../../lib/shared/source-reader/source-place';

/** Built by WXT from entrypoints/card-host/. */
const CARD_HOST_SCRIPT = '/card-host.js';

type CardRequests = 'get-entity' | 'count-notes' | 'open-side-panel' | 'open-source' | 'load-card-host';

export function cardRequestHandlers(db: CorpusDb, team: Pick<TeamGlossaryFollower, 'now'>): Pick<RequestHandlers<Browser.runtime.MessageSender>, CardRequests> {
  const details = withTeamDetails(createDetailsLookup(db), () => team.now());
  const relay = createUpdateRelay();
  const countNotes = createNoteCounter({
    loadSpace: () => createSpaceConfigStore(browser.storage.local).load(),
    openIndex: (name) => openLocalDoc(name, relay),
  });
  const panel = panelOpenerApis(browser);

  return {
    'get-entity': (request) => details(request.entityId),
    'count-notes': (request) => countNotes(request.entityId),
    'open-side-panel': (request, sender) => {
      const windowId = sender.tab?.windowId;
      const tabId = sender.tab?.id;
      if (windowId === undefined || tabId === undefined) return Promise.reject(new Error('open-side-panel comes from a tab'));
      const { entityId, intent } = request;
      const target = entityId ? { kind: 'entity' as const, entityId, intent } : undefined;
      if (cardPanelRoute(import.meta.env.BROWSER) === 'through-popup') {
        const popup = `/popup.html${entityId ? popupEntityQuery(entityId) : ''}`;
        return (target ? storePanelTarget(panel, target) : Promise.resolve())
          .then(() => showTargetThroughPopup(browser as unknown as PopupRouteApis, { tabId, windowId }, popup))
          .then(() => undefined);
      }
      // Called before anything is awaited: the panel may open only within the reader's click.
      return showInSidePanel(panel, windowId, target);
    },
    // A page may not open the extension's pages itself, so the card asks; extension pages ask too.
    'open-source': (request, sender) => {
      const url = browser.runtime.getURL(sourceReaderPath(request.place));
      const tab = sender.tab;
      const beside = tab?.id !== undefined ? { windowId: tab.windowId, index: tab.index + 1, openerTabId: tab.id } : {};
      return browser.tabs.create({ url, ...beside }).then(() => undefined);
    },
    'load-card-host': (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.reject(new Error('load-card-host comes from a tab'));
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_HOST_SCRIPT] })
        .then(() => undefined);
    },
  };
}
