import { createSpaceConfigStore, openNotesSpace } from '../../lib/notes';
import type { AskBackground, AskTab } from '../../lib/shared/message-channel';
import { readPageSelection, type PageSelection } from '../../lib/shared/page-quote';
import { readMarksShown, type MarksShown } from '../../lib/shared/note-passages';

/** Asks a tab's top frame (the side panel's requests: reveal a mention, the selection). */
export const askTab: AskTab = (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 });
export const askBackground: AskBackground = (request) => browser.runtime.sendMessage(request);

/** The team space membership, in the extension's local storage (shared with options and background). */
export const spaceConfigStore = createSpaceConfigStore(browser.storage.local);

/**
 * The panel's notes: this device's copy, kept live with the other pages and the server while
 * open. A change of the team glossary, made here or arriving from the server, wakes the
 * background (which may be stopped) so that it compiles the recogniser again for open tabs.
 */
export const openSpace: typeof openNotesSpace = (config, options) => {
  const space = openNotesSpace(config, options);
  space.glossary.entries.subscribe(() => void askBackground({ type: 'team-glossary-changed' }).catch(() => undefined));
  return space;
};

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** The selection in the page of `tabId` (top frame), checked; null when there is none. */
export async function captureSelection(tabId: number): Promise<PageSelection | null> {
  return readPageSelection(await askTab(tabId, { type: 'get-selection' }));
}

/** Asks the page of `tabId` to mark its team notes' passages (the reader's request), checked. */
export async function showNoteMarks(tabId: number): Promise<MarksShown | null> {
  return readMarksShown(await askTab(tabId, { type: 'show-note-marks' }));
}
