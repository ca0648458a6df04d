/**
 * Team notes as the rest of the extension sees them. The Yjs documents that hold them are
 * read through `read-note.ts`, which turns whatever a peer wrote into these types or
 * rejects the entry; nothing else reads the Yjs structures directly.
 */
import type { PageSelection } from '../shared/page-quote';

/** A note about one corpus entity, shown on its card and in the side panel. */
export interface EntityTarget {
  kind: 'entity';
  entityId: string;
}

/**
 * A note about a passage of a web page. The quoted text and the text just before and after it
 * are kept so the passage can be found again after the page changes (`anchorPassages`).
 */
export interface PageTarget extends PageSelection {
  kind: 'page';
  /** The page address without its fragment (`normalisePageUrl`). */
  url: string;
}

export type NoteTarget = EntityTarget | PageTarget;

export interface NoteAuthor {
  /** Stable per member and install (`SpaceConfig.authorId`); names can change. */
  id: string;
  name: string;
}

/** One note's metadata, from the space's index document. The body lives in its own document. */
export interface NoteMeta {
  id: string;
  target: NoteTarget;
  /** Everyone who created or edited the note, in order of first contribution. */
  authors: NoteAuthor[];
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Distinct, in the order they were added. */
  tags: string[];
  /** Set while the note is in the trash; null otherwise. */
  deletedAt: string | null;
}

/** A note with its body text, as exported and imported. */
export interface NoteWithBody extends NoteMeta {
  body: string;
}

/** Note ids become part of document names on the server, so they are kept to a safe alphabet. */
export const NOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Same alphabet as the sync server's space names. */
export const SPACE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const MAX_TAG_LENGTH = 60;
export { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from '../shared/page-quote';
