import * as Y from 'yjs';
import { asTarget } from './check-values';
import { noteEntry, notesMap, type AuthorEntry } from './index-layout';
import type { NoteAuthor, NoteMeta, NoteTarget } from './note-types';
import { readNoteEntry } from './read-note';
import { normaliseTag, sameTag } from './tags';

/**
 * Changes to a space's index document. Each runs in one Yjs transaction, so peers see a
 * change whole. `origin` lets callers tag their own transactions (undo managers, counters of
 * local changes); `now` is an ISO timestamp, injectable for tests.
 */
export interface EditContext {
  author: NoteAuthor;
  now?: string;
  origin?: unknown;
}

export class UnknownNoteError extends Error {
  constructor(readonly id: string) {
    super(`no note with id "${id}" in this space`);
    this.name = 'UnknownNoteError';
  }
}

function timestamp(context: EditContext): string {
  return context.now ?? new Date().toISOString();
}

function existing(doc: Y.Doc, id: string): Y.Map<unknown> {
  const entry = noteEntry(doc, id);
  if (!entry) throw new UnknownNoteError(id);
  return entry;
}

function addAuthor(entry: Y.Map<unknown>, author: NoteAuthor, now: string): void {
  let authors = entry.get('authors');
  if (!(authors instanceof Y.Map)) {
    authors = new Y.Map<AuthorEntry>();
    entry.set('authors', authors);
  }
  const map = authors as Y.Map<unknown>;
  const known = map.get(author.id) as Partial<AuthorEntry> | undefined;
  if (known?.name === author.name && typeof known.since === 'string') return;
  // Keep the first contribution's time, so the order of authors does not change on a rename.
  map.set(author.id, { name: author.name, since: typeof known?.since === 'string' ? known.since : now });
}

function tagArray(entry: Y.Map<unknown>): Y.Array<string> {
  let tags = entry.get('tags');
  if (!(tags instanceof Y.Array)) {
    tags = new Y.Array<string>();
    entry.set('tags', tags);
  }
  return tags as Y.Array<string>;
}

export function newNoteId(): string {
  return crypto.randomUUID();
}

export function createNote(
  doc: Y.Doc,
  options: { target: NoteTarget; tags?: string[]; id?: string },
  context: EditContext,
): NoteMeta {
  const id = options.id ?? newNoteId();
  // The target is checked here as well as on read: a note the UI creates must be one peers accept.
  const target = asTarget(options.target, 'target');
  if (notesMap(doc).has(id)) throw new Error(`a note with id "${id}" exists already`);
  const now = timestamp(context);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    notesMap(doc).set(id, entry);
    entry.set('id', id);
    entry.set('target', { ...target });
    entry.set('createdAt', now);
    entry.set('updatedAt', now);
    entry.set('deletedAt', null);
    addAuthor(entry, context.author, now);
    const tags = tagArray(entry);
    for (const raw of options.tags ?? []) {
      const tag = normaliseTag(raw);
      if (tag !== null && !tags.toArray().some((known) => sameTag(known, tag))) tags.push([tag]);
    }
  }, context.origin);
  return readNoteEntry(id, notesMap(doc).get(id));
}

/**
 * Adds a complete note as it was elsewhere (an imported file): its own id, times, authors,
 * tags and trash state. Call inside the caller's transaction to add many at once.
 */
export function insertNote(doc: Y.Doc, note: NoteMeta): void {
  if (notesMap(doc).has(note.id)) throw new Error(`a note with id "${note.id}" exists already`);
  const entry = new Y.Map<unknown>();
  notesMap(doc).set(note.id, entry);
  entry.set('id', note.id);
  entry.set('target', { ...note.target });
  entry.set('createdAt', note.createdAt);
  entry.set('updatedAt', note.updatedAt);
  entry.set('deletedAt', note.deletedAt);
  const authors = new Y.Map<AuthorEntry>();
  entry.set('authors', authors);
  // Authors are ordered by first contribution; spacing them a millisecond apart from the
  // creation time keeps the file's order.
  const base = Date.parse(note.createdAt);
  note.authors.forEach((author, index) => authors.set(author.id, { name: author.name, since: new Date(base + index).toISOString() }));
  const tags = new Y.Array<string>();
  entry.set('tags', tags);
  tags.push(note.tags);
}

/** Records that `context.author` changed the note's body: updated time and author list. */
export function recordEdit(doc: Y.Doc, id: string, context: EditContext): void {
  const entry = existing(doc, id);
  const now = timestamp(context);
  doc.transact(() => {
    entry.set('updatedAt', now);
    addAuthor(entry, context.author, now);
  }, context.origin);
}

export function addTag(doc: Y.Doc, id: string, raw: string, context: EditContext): void {
  const tag = normaliseTag(raw);
  if (tag === null) throw new Error(`"${raw}" is not a tag: expected 1 to 60 characters`);
  const entry = existing(doc, id);
  doc.transact(() => {
    const tags = tagArray(entry);
    if (tags.toArray().some((known) => typeof known === 'string' && sameTag(known, tag))) return;
    tags.push([tag]);
    entry.set('updatedAt', timestamp(context));
  }, context.origin);
}

export function removeTag(doc: Y.Doc, id: string, tag: string, context: EditContext): void {
  const entry = existing(doc, id);
  doc.transact(() => {
    const tags = tagArray(entry);
    // From the end, so deleting does not shift the indexes still to visit; removes every copy.
    for (let index = tags.length - 1; index >= 0; index -= 1) {
      const known = tags.get(index);
      if (typeof known === 'string' && sameTag(known, tag)) tags.delete(index, 1);
    }
    entry.set('updatedAt', timestamp(context));
  }, context.origin);
}

/** Moves the note to the trash; its body is kept until it is purged. */
export function trashNote(doc: Y.Doc, id: string, context: EditContext): void {
  const entry = existing(doc, id);
  doc.transact(() => entry.set('deletedAt', timestamp(context)), context.origin);
}

export function restoreNote(doc: Y.Doc, id: string, context: Omit<EditContext, 'author'> = {}): void {
  const entry = existing(doc, id);
  doc.transact(() => entry.set('deletedAt', null), context.origin);
}

/**
 * Removes the note from the index for everyone. The caller also empties the body document
 * (`clearNoteBody`), since the server keeps every document it has seen.
 */
export function purgeNote(doc: Y.Doc, id: string, context: Omit<EditContext, 'author'> = {}): void {
  existing(doc, id);
  doc.transact(() => notesMap(doc).delete(id), context.origin);
}
