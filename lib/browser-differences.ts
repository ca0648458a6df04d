/**
 * What differs between Chrome and Firefox, in one place. Everything else in Attaché uses the
 * same Manifest V3 APIs in both browsers (`action`, `scripting`, `storage.session`, ...).
 *
 * The side panel is Chrome's `sidePanel` and Firefox's `sidebarAction`. Both open only within
 * a user action, but they count different things as one:
 * - Chrome lets a content script's click travel with its runtime message, so the background
 *   may open the panel when the in-page card asks.
 * - Firefox counts only a click (or key) in one of the extension's own pages, a menu item or a
 *   shortcut; a message from a content script never counts. So in Firefox the card's side-panel
 *   buttons are an extension page framed in the card (`entrypoints/panel-button/`), whose click
 *   handler opens the sidebar itself.
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
 * Where the in-page card's side-panel buttons live, by the build's target browser
 * (`import.meta.env.BROWSER`): content scripts see neither side-panel API, so they cannot tell
 * by looking.
 */
export type CardPanelButtons = 'in-card' | 'extension-frame';

export function cardPanelButtons(targetBrowser: string): CardPanelButtons {
  return targetBrowser === 'firefox' ? 'extension-frame' : 'in-card';
}
