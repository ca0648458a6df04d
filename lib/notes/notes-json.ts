import {
  asNoteId,
  asRecord,
  asString,
  asTarget,
  asTimestamp,
  fail,
  NoteShapeError,
} from './check-values';
import { MAX_TAG_LENGTH, SPACE_NAME_PATTERN, type NoteAuthor, type NoteWithBody } from './note-types';
import { normaliseTag } from './tags';
import { checkExportedGlossary } from './team-glossary/glossary-json';
import type { TeamEntry } from './team-glossary/team-entry-types';

/**
 * The JSON export of a space's notes. `version` changes whenever the shape does; readers
 * accept the versions they know and say which they met otherwise.
 */
export const NOTES_EXPORT_FORMAT = 'attache-notes';
export const NOTES_EXPORT_VERSION = 1;

export interface NotesExport {
  format: typeof NOTES_EXPORT_FORMAT;
  version: typeof NOTES_EXPORT_VERSION;
  space: string;
  exportedAt: string;
  /** Every note, trashed ones included, each with its body. */
  notes: NoteWithBody[];
  /** The team glossary's entries; absent in files from before it existed. */
  glossary?: TeamEntry[];
}

/** A notes file that cannot be imported; the message names where and what was expected. */
export class NotesFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${fileName}: ${detail}`);
    this.name = 'NotesFileError';
  }
}

export function buildNotesExport(space: string, notes: NoteWithBody[], now = new Date().toISOString(), glossary?: TeamEntry[]): NotesExport {
  return { format: NOTES_EXPORT_FORMAT, version: NOTES_EXPORT_VERSION, space, exportedAt: now, notes, ...(glossary ? { glossary } : {}) };
}

export function serialiseNotesExport(file: NotesExport): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** What JSON.parse objected to, with "line L, column C" where it says where. */
function syntaxProblem(text: string, error: SyntaxError): string {
  const message = error.message.replace(/\s*in JSON at position \d+.*$/, '');
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return `not valid JSON: ${message}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: not valid JSON: ${message}`;
}

/** Reads and checks a whole notes file; throws `NotesFileError` on the first problem. */
export function parseNotesExport(text: string, fileName = 'notes file'): NotesExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new NotesFileError(fileName, error instanceof SyntaxError ? syntaxProblem(text, error) : String(error));
  }
  try {
    return checkNotesExport(value);
  } catch (error) {
    if (error instanceof NoteShapeError) throw new NotesFileError(fileName, error.message);
    throw error;
  }
}

function checkNotesExport(value: unknown): NotesExport {
  const file = asRecord(value, '(top level)');
  if (file.format !== NOTES_EXPORT_FORMAT) fail('format', `"${NOTES_EXPORT_FORMAT}" (an Attaché notes export)`, file.format);
  if (file.version !== NOTES_EXPORT_VERSION) {
    fail('version', `${NOTES_EXPORT_VERSION}, the format this version of Attaché reads`, file.version);
  }
  const space = asString(file.space, 'space');
  if (!SPACE_NAME_PATTERN.test(space)) fail('space', 'a space name', space);
  const exportedAt = asTimestamp(file.exportedAt, 'exportedAt');
  if (!Array.isArray(file.notes)) fail('notes', 'an array of notes', file.notes);
  const seen = new Set<string>();
  const notes = file.notes.map((item, index) => {
    const note = checkNote(item, `notes[${index}]`);
    if (seen.has(note.id)) fail(`notes[${index}].id`, 'an id not used by an earlier note', note.id);
    seen.add(note.id);
    return note;
  });
  const glossary = checkExportedGlossary(file.glossary);
  if (!glossary.entries) throw new NoteShapeError(glossary.problem ?? 'glossary', 'a valid team glossary', 'a malformed entry');
  return {
    format: NOTES_EXPORT_FORMAT, version: NOTES_EXPORT_VERSION, space, exportedAt, notes,
    ...(file.glossary !== undefined ? { glossary: glossary.entries } : {}),
  };
}

function checkNote(value: unknown, path: string): NoteWithBody {
  const note = asRecord(value, path);
  if (!Array.isArray(note.authors)) fail(`${path}.authors`, 'an array of authors', note.authors);
  if (!Array.isArray(note.tags)) fail(`${path}.tags`, 'an array of tags', note.tags);
  const authors = note.authors.map((author, index): NoteAuthor => {
    const record = asRecord(author, `${path}.authors[${index}]`);
    return {
      id: asString(record.id, `${path}.authors[${index}].id`, 64),
      name: asString(record.name, `${path}.authors[${index}].name`, 200),
    };
  });
  const tags = note.tags.map((tag, index) => {
    const normalised = typeof tag === 'string' ? normaliseTag(tag) : null;
    if (normalised === null) fail(`${path}.tags[${index}]`, `a tag of 1 to ${MAX_TAG_LENGTH} characters`, tag);
    return normalised;
  });
  const createdAt = asTimestamp(note.createdAt, `${path}.createdAt`);
  const updatedAt = asTimestamp(note.updatedAt, `${path}.updatedAt`);
  if (updatedAt < createdAt) fail(`${path}.updatedAt`, `a time not before createdAt (${createdAt})`, updatedAt);
  return {
    id: asNoteId(note.id, `${path}.id`),
    target: asTarget(note.target, `${path}.target`),
    authors,
    createdAt,
    updatedAt,
    tags,
    deletedAt: note.deletedAt === null ? null : asTimestamp(note.deletedAt, `${path}.deletedAt`),
    body: asString(note.body, `${path}.body`),
  };
}

