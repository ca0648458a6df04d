/**
 * Opening the side panel, on Chrome (sidePanel) and Firefox (sidebarAction). Both browsers
 * allow it only within a user gesture, so callers must call this synchronously in their click
 * or menu handler, before any await. The browser namespace is passed in, which keeps this
 * module free of extension globals.
 */
export interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openSidePanel(apis: SidePanelApis, windowId: number): Promise<void> {
  if (apis.sidePanel) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
