import { createSpaceConfigStore, openNotesSpace } from '../../lib/notes';
import type { TabRequest } from '../../lib/messages';
import { readPageSelection, type PageSelection } from '../../lib/page-selection';

/** The team space membership, in the extension's local storage (shared with options and background). */
export const spaceConfigStore = createSpaceConfigStore(browser.storage.local);

/** The panel's notes: this device's copy, kept live with the other pages and the server while open. */
export const openSpace = openNotesSpace;

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** The selection in the page of `tabId` (top frame), checked; null when there is none. */
export async function captureSelection(tabId: number): Promise<PageSelection | null> {
  const request: TabRequest = { type: 'get-selection' };
  return readPageSelection(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
}
