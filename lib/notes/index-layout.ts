import * as Y from 'yjs';

/**
 * Where a space's index document keeps its notes: one top-level map from note id to a map of
 * that note's fields. Nested shared types let two members change different fields of one note
 * (tags here, trash there) without one change overwriting the other.
 *
 *   notes: Y.Map<id, Y.Map{
 *     id: string, target: plain NoteTarget object (never changes after creation),
 *     authors: Y.Map<authorId, { name: string, since: ISO timestamp }>,
 *     createdAt, updatedAt: ISO timestamps,
 *     tags: Y.Array<string>,
 *     deletedAt: ISO timestamp | null,
 *   }>
 */
export const NOTES_KEY = 'notes';

export interface AuthorEntry {
  name: string;
  since: string;
}

export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(NOTES_KEY);
}

/** The entry of one note, or undefined when the id is absent or holds something else. */
export function noteEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const entry = notesMap(doc).get(id);
  return entry instanceof Y.Map ? entry : undefined;
}

/** The text of a note's body document. */
export function noteBodyText(doc: Y.Doc): Y.Text {
  return doc.getText('body');
}
