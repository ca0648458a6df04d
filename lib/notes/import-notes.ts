import type * as Y from 'yjs';
import { notesMap } from './index-layout';
import { insertNote } from './note-edits';
import type { NoteWithBody } from './note-types';
import type { NotesExport } from './notes-json';

export interface ImportPlan {
  /** Notes the space does not have yet; added with their bodies. */
  added: NoteWithBody[];
  /** Ids the space has already (an earlier import, or the file came from this space): left as they are. */
  skipped: string[];
}

/** What importing `file` would change, without changing anything. */
export function planImport(index: Y.Doc, file: NotesExport): ImportPlan {
  const existing = notesMap(index);
  return {
    added: file.notes.filter((note) => !existing.has(note.id)),
    skipped: file.notes.filter((note) => existing.has(note.id)).map((note) => note.id),
  };
}

/**
 * Adds a checked file's new notes to the index in one transaction, so peers and other pages see
 * the import whole. Bodies live in their own documents and are written by the caller.
 */
export function applyImport(index: Y.Doc, plan: ImportPlan, origin?: unknown): void {
  if (plan.added.length === 0) return;
  index.transact(() => {
    for (const { body: _body, ...note } of plan.added) insertNote(index, note);
  }, origin);
}
