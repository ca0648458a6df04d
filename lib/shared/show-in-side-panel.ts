/**
 * Opening the side panel on a target (an entity, maybe to add a note; a search), the one way
 * the popup, the card and the context menu do it: the panel is opened first, before anything
 * is awaited, since it may open only within the reader's click, and the target is stored for
 * it (see side-panel-target.ts).
 */
import { openSidePanel, type SidePanelApis } from './browser-differences';
import { PANEL_TARGET_KEY, storedPanelTarget, type PanelTarget } from './side-panel-target';
import type { StorageArea } from './storage-area';

export interface PanelOpenerApis extends SidePanelApis {
  storage: { session: Pick<StorageArea, 'set'> };
}

/**
 * The browser namespace as opening the panel uses it. WXT types the namespace for one browser
 * (Chrome's has no `sidebarAction`, Firefox's no `sidePanel`), so it is cast once, here.
 */
export const panelOpenerApis = (browserNamespace: object): PanelOpenerApis => browserNamespace as PanelOpenerApis;

/** Stores what the panel should show; an open panel follows it. */
export function storePanelTarget(apis: PanelOpenerApis, target: PanelTarget): Promise<void> {
  return apis.storage.session.set({ [PANEL_TARGET_KEY]: storedPanelTarget(target) });
}

/** Opens the panel in the window and, when there is one, stores the target for it. */
export function showInSidePanel(apis: PanelOpenerApis, windowId: number, target?: PanelTarget): Promise<void> {
  const opened = openSidePanel(apis, windowId);
  const stored = target ? storePanelTarget(apis, target) : Promise.resolve();
  return Promise.all([opened, stored]).then(() => undefined);
}
