/**
 * Team notes: the model over a space's Yjs documents (index of notes plus one body document
 * per note), re-anchoring of page quotes, and the queries the UI needs.
 */
export type { EntityTarget, NoteAuthor, NoteMeta, NoteTarget, NoteWithBody, PageTarget } from './note-types';
export { NOTE_ID_PATTERN, SPACE_NAME_PATTERN, MAX_TAG_LENGTH, MAX_QUOTE_LENGTH, MAX_CONTEXT_LENGTH } from './note-types';
export { NoteShapeError } from './check-values';
export { indexDocName, localDatabaseName, noteDocName } from './doc-names';
export { noteBodyText, noteEntry, notesMap } from './index-layout';
export { readNoteEntry, readNotes, type ReadNotesResult } from './read-note';
export {
  addTag,
  createNote,
  insertNote,
  newNoteId,
  purgeNote,
  recordEdit,
  removeTag,
  restoreNote,
  trashNote,
  UnknownNoteError,
  type EditContext,
} from './note-edits';
export { clearNoteBody, readBody } from './note-body';
export { countByEntity } from './note-queries';
export { normalisePageUrl } from './page-url';
export { passageKey, passageKeys, passagesOnPage } from './page-passages';
export { normaliseTag, sameTag } from './tags';
export {
  checkSpaceConfig,
  defaultColorFor,
  lightColor,
  newAuthorId,
  normaliseServerUrl,
  SPACE_CONFIG_CHECKS,
  type SpaceConfig,
  type SpaceConfigCheck,
  type SpaceConfigErrors,
  type SpaceConfigField,
} from './space-config';
export { serverAddressOf, type AddressKind, type ServerAddress } from './server-address';
export { createSpaceConfigStore, SPACE_CONFIG_KEY, type SpaceConfigStore } from './space-config-store';
export { encodeInvite, INVITE_PREFIX, InviteCodeError, parseInvite, type Invite, type InviteProblem } from './invite-code';
export { ReadOnlySpaceError } from './read-only';
export { openNotesSpace, type NoteBody, type NotesSpace, type NotesSpaceOptions } from './notes-space';
export { syncSpaceOnce, type BackgroundSyncOptions, type BackgroundSyncResult } from './background-sync';
export { INITIAL_STATUS, observable, type Observable, type SyncState, type SyncStatus } from './sync-status';
export { createUpdateRelay, RELAY_CHANNEL_NAME, type RelayChannel, type UpdateRelay } from './update-relay';
export { deleteLocalDoc, openLocalDoc, readStoredDoc, type LocalDoc } from './local-doc';
export { ledgerDatabaseName, openSyncLedger, type SyncLedger } from './sync-ledger';
export {
  buildNotesExport,
  NOTES_EXPORT_FORMAT,
  NOTES_EXPORT_VERSION,
  NotesFileError,
  parseNotesExport,
  serialiseNotesExport,
  type NotesExport,
} from './notes-json';
export { notesToMarkdown, type MarkdownExportOptions } from './export-markdown';
export { importNotes, ImportNotStoredError, planImport, type ImportPlan, type ImportTarget } from './import-notes';
export { createBackgroundNotes, type BackgroundNotes, type BackgroundNotesDeps } from './background-notes';
export { syncWhenPageHides } from './sync-on-hide';
export { forgetSpaceLocally } from './forget-space';
