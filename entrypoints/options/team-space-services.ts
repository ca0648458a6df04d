import { createSpaceConfigStore, forgetSpaceLocally, newAuthorId, openNotesSpace } from '../../lib/notes';
import type { TeamSpaceServices } from '../../lib/app/team-space';
import type { DownloadFile } from '../../lib/app/team-space/NotesTransfer';

/** The team space section's ties to the extension. */
export const teamSpaceServices: TeamSpaceServices = {
  store: createSpaceConfigStore(browser.storage.local),
  openSpace: (config) => openNotesSpace(config),
  forgetLocally: (space, knownDocs) => forgetSpaceLocally(space, knownDocs),
  newAuthorId,
  copy: (text) => navigator.clipboard.writeText(text),
};

/** Saves a file through the browser's download, without the downloads permission. */
export function download(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has taken the data once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
