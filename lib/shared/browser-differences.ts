/**
 * What differs between Chrome and Firefox, in one place. Everything else in Attaché uses the
 * same Manifest V3 APIs in both browsers (`action`, `scripting`, `storage.session`, ...).
 *
 * The side panel is Chrome's `sidePanel` and Firefox's `sidebarAction`. Both open only within
 * a user action, but they count different things as one:
 * - Chrome lets a content script's click travel with its runtime message, so the background
 *   may open the panel when the in-page card asks.
 * - Firefox counts only a click (or key) in one of the extension's own pages (not framed in a
 *   web page: those get content-script APIs only), a menu item or a shortcut; a message from a
 *   content script never counts. See `cardPanelRoute`.
 *
 * The browser namespace is passed in, which keeps this module free of extension globals.
 */
export interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the side panel. Call it synchronously in the click or menu handler, before any await. */
export function openSidePanel(apis: SidePanelApis, windowId: number): Promise<void> {
  if (apis.sidePanel) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('this browser has no side panel'));
}

/**
 * What the background does when the in-page card asks for the side panel, by the build's
 * target browser (`import.meta.env.BROWSER`):
 * - `open`: open it (Chrome: the card's click travels with the message);
 * - `through-popup`: Firefox refuses, so the panel, if open, follows the stored target, and
 *   otherwise the toolbar popup opens on the entity (`action.openPopup` needs no user action in
 *   Firefox), where *Open in side panel* is a click in an extension page and so may open it.
 */
export type CardPanelRoute = 'open' | 'through-popup';

export function cardPanelRoute(targetBrowser: string): CardPanelRoute {
  return targetBrowser === 'firefox' ? 'through-popup' : 'open';
}

export interface PopupRouteApis {
  sidebarAction?: { isOpen(details: { windowId?: number }): Promise<boolean> };
  action: {
    /** `popup: null` goes back to the manifest's popup (Firefox). */
    setPopup(details: { tabId: number; popup: string | null }): Promise<void>;
    openPopup(options?: { windowId?: number }): Promise<void>;
  };
}

/**
 * Firefox's `through-popup` route, once the target is stored: nothing more if the sidebar is
 * open in the window (it follows the target), else the popup at `popupPath` for that tab.
 */
export async function showTargetThroughPopup(
  apis: PopupRouteApis,
  where: { tabId: number; windowId: number },
  popupPath: string,
): Promise<'sidebar' | 'popup'> {
  if (await apis.sidebarAction?.isOpen({ windowId: where.windowId })) return 'sidebar';
  await apis.action.setPopup({ tabId: where.tabId, popup: popupPath });
  try {
    await apis.action.openPopup({ windowId: where.windowId });
  } finally {
    await apis.action.setPopup({ tabId: where.tabId, popup: null });
  }
  return 'popup';
}
