import type * as Y from 'yjs';
import { noteDocName } from './doc-names';
import { noteEntry, notesMap } from './index-layout';
import { readStoredDoc } from './local-doc';
import { readBody } from './note-body';
import { insertNote } from './note-edits';
import type { NoteWithBody } from './note-types';
import type { NotesExport } from './notes-json';

export interface ImportPlan {
  /** Notes the space did not have; added with their bodies. */
  added: NoteWithBody[];
  /**
   * Notes the space had with an empty body where the file has text, unchanged since the file's
   * version (same updated time): what an import that failed part-way used to leave. Their text
   * is written again.
   */
  repaired: NoteWithBody[];
  /** Ids the space has already, with their text: left as they are. */
  skipped: string[];
}

/** The part of an open space an import writes to. */
export interface ImportTarget {
  space: string;
  index: Y.Doc;
  openBody(id: string): Promise<{ doc: Y.Doc; text: Y.Text; release(): void }>;
}

/** A body that could not be written to, or read back from, this device's storage. */
export class ImportNotStoredError extends Error {
  constructor(
    readonly noteId: string,
    readonly fileName: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `${fileName}: note ${noteId} could not be stored on this device (${reason}); ` +
        'none of the notes this import was adding was added. Import the file again to complete it.',
    );
    this.name = 'ImportNotStoredError';
  }
}

/**
 * Adds a checked file's notes to the space so that no failure leaves a half-made note in view:
 * every body is written first and read back from this device's storage, and only then are the
 * new notes' index entries written, all in one transaction, which is what makes them visible
 * here and to peers. A failure before that leaves at most bodies that no entry points to; the
 * next import of the file writes them again. Importing again also repairs notes left without
 * their text by an earlier, failed import (`ImportPlan.repaired`).
 */
export async function importNotes(
  target: ImportTarget,
  file: NotesExport,
  fileName: string,
  bodyOrigin?: unknown,
): Promise<ImportPlan> {
  const plan = await planImport(target, file);
  for (const note of [...plan.added, ...plan.repaired]) {
    if (note.body === '') continue;
    try {
      await writeBody(target, note, bodyOrigin);
    } catch (error) {
      throw new ImportNotStoredError(note.id, fileName, error);
    }
  }
  if (plan.added.length > 0) {
    target.index.transact(() => {
      for (const { body: _body, ...note } of plan.added) insertNote(target.index, note);
    });
  }
  return plan;
}

/** What importing `file` would change, without changing anything. */
export async function planImport(target: ImportTarget, file: NotesExport): Promise<ImportPlan> {
  const existing = notesMap(target.index);
  const plan: ImportPlan = { added: [], repaired: [], skipped: [] };
  for (const note of file.notes) {
    if (!existing.has(note.id)) plan.added.push(note);
    else if (await leftEmpty(target, note)) plan.repaired.push(note);
    else plan.skipped.push(note.id);
  }
  return plan;
}

/** True when the space's copy of `note` lost its text: empty, and nobody has edited it since. */
async function leftEmpty(target: ImportTarget, note: NoteWithBody): Promise<boolean> {
  if (note.body === '') return false;
  // An edit (emptying the note on purpose included) moves the updated time on.
  if (noteEntry(target.index, note.id)?.get('updatedAt') !== note.updatedAt) return false;
  const body = await target.openBody(note.id);
  try {
    return body.text.length === 0;
  } finally {
    body.release();
  }
}

async function writeBody(target: ImportTarget, note: NoteWithBody, origin: unknown): Promise<void> {
  const body = await target.openBody(note.id);
  try {
    // A body document can outlive its note (purged, or left by a failed import): start afresh.
    body.doc.transact(() => {
      body.text.delete(0, body.text.length);
      body.text.insert(0, note.body);
    }, origin);
  } finally {
    body.release();
  }
  // Entries are written only for bodies that would survive the page closing now.
  const stored = readBody(await readStoredDoc(noteDocName(target.space, note.id)));
  if (stored !== note.body) throw new Error('the text read back differs from the text written');
}
