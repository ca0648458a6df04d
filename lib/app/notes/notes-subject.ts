import { normalisePageUrl, type NoteMeta, type NoteTarget } from '../../notes';

/** What a notes section is about: an entity, or the page in a tab. */
export type NotesSubject = { kind: 'entity'; entityId: string } | { kind: 'page'; url: string; tabId?: number };

/** Whether a note (in the trash or not) belongs to the subject. */
export function isAbout(note: NoteMeta, subject: NotesSubject): boolean {
  if (subject.kind === 'entity') return note.target.kind === 'entity' && note.target.entityId === subject.entityId;
  if (note.target.kind !== 'page') return false;
  const page = normalisePageUrl(subject.url);
  return page !== null && normalisePageUrl(note.target.url) === page;
}

/** Notes of the subject, live or trashed, most recently changed first. */
export function notesAbout(notes: NoteMeta[], subject: NotesSubject, trash: boolean): NoteMeta[] {
  return notes
    .filter((note) => (note.deletedAt !== null) === trash && isAbout(note, subject))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

/** The target of a new note on the subject; null for a page that cannot carry notes (not http/https). */
export function newTarget(subject: NotesSubject, quote?: { quote: string; prefix: string; suffix: string }): NoteTarget | null {
  if (subject.kind === 'entity') return { kind: 'entity', entityId: subject.entityId };
  const url = normalisePageUrl(subject.url);
  if (url === null) return null;
  return { kind: 'page', url, quote: quote?.quote ?? '', prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' };
}
