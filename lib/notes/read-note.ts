import * as Y from 'yjs';
import {
  asNoteId,
  asRecord,
  asString,
  asTarget,
  asTimestamp,
  describeValue,
  fail,
  NoteShapeError,
} from './check-values';
import { notesMap } from './index-layout';
import type { NoteAuthor, NoteMeta } from './note-types';
import { normaliseTag, sameTag } from './tags';

/**
 * The boundary between the index document, which any member of the space (or a buggy or
 * hostile client holding a token) can write, and the typed notes the UI shows. An entry whose
 * core fields are malformed is left out; a malformed tag or author is dropped from an otherwise
 * sound note. Every problem is reported, none throws.
 */
export interface ReadNotesResult {
  notes: NoteMeta[];
  problems: string[];
}

export function readNotes(doc: Y.Doc): ReadNotesResult {
  const notes: NoteMeta[] = [];
  const problems: string[] = [];
  notesMap(doc).forEach((value, key) => {
    try {
      notes.push(readNoteEntry(key, value, problems));
    } catch (error) {
      if (!(error instanceof NoteShapeError)) throw error;
      problems.push(`note entry ignored: ${error.message}`);
    }
  });
  notes.sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt)));
  return { notes, problems };
}

/** One entry of the notes map; throws `NoteShapeError` when it cannot be a note. */
export function readNoteEntry(key: string, value: unknown, problems: string[] = []): NoteMeta {
  const path = `notes[${JSON.stringify(key.slice(0, 70))}]`;
  if (!(value instanceof Y.Map)) fail(path, 'a shared map', value);
  const id = asNoteId(value.get('id'), `${path}.id`);
  if (id !== key) fail(`${path}.id`, `the key ${JSON.stringify(key)}`, id);
  const deletedAt = value.get('deletedAt');
  return {
    id,
    target: asTarget(value.get('target'), `${path}.target`),
    authors: readAuthors(value.get('authors'), `${path}.authors`, problems),
    createdAt: asTimestamp(value.get('createdAt'), `${path}.createdAt`),
    updatedAt: asTimestamp(value.get('updatedAt'), `${path}.updatedAt`),
    tags: readTags(value.get('tags'), `${path}.tags`, problems),
    deletedAt: deletedAt === null || deletedAt === undefined ? null : asTimestamp(deletedAt, `${path}.deletedAt`),
  };
}

function readAuthors(value: unknown, path: string, problems: string[]): NoteAuthor[] {
  if (value === undefined) return [];
  if (!(value instanceof Y.Map)) fail(path, 'a shared map of authors', value);
  const authors: Array<NoteAuthor & { since: string }> = [];
  value.forEach((entry, id) => {
    try {
      const author = asRecord(entry, `${path}[${JSON.stringify(id)}]`);
      authors.push({
        id,
        name: asString(author.name, `${path}[${JSON.stringify(id)}].name`, 200),
        since: asTimestamp(author.since, `${path}[${JSON.stringify(id)}].since`),
      });
    } catch (error) {
      if (!(error instanceof NoteShapeError)) throw error;
      problems.push(`author dropped: ${error.message}`);
    }
  });
  authors.sort((a, b) => (a.since === b.since ? a.id.localeCompare(b.id) : a.since.localeCompare(b.since)));
  return authors.map(({ id, name }) => ({ id, name }));
}

function readTags(value: unknown, path: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!(value instanceof Y.Array)) fail(path, 'a shared array of tags', value);
  const tags: string[] = [];
  value.forEach((item, index) => {
    const tag = typeof item === 'string' ? normaliseTag(item) : null;
    if (tag === null) {
      problems.push(`tag dropped: ${path}[${index}]: expected a tag, found ${describeValue(item)}`);
    } else if (!tags.some((known) => sameTag(known, tag))) {
      // Two members adding the same tag at once both insert it; one copy is enough.
      tags.push(tag);
    }
  });
  return tags;
}
