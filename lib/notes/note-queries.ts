import type { NoteMeta } from './note-types';
import { normalisePageUrl } from './page-url';
import { sameTag } from './tags';

/** Notes outside the trash, or inside it when `trash` is true. */
export function inTrash(notes: NoteMeta[], trash: boolean): NoteMeta[] {
  return notes.filter((note) => (note.deletedAt !== null) === trash);
}

export function notesForEntity(notes: NoteMeta[], entityId: string): NoteMeta[] {
  return notes.filter((note) => note.deletedAt === null && note.target.kind === 'entity' && note.target.entityId === entityId);
}

export function notesForPage(notes: NoteMeta[], url: string): NoteMeta[] {
  const page = normalisePageUrl(url);
  if (page === null) return [];
  return notes.filter(
    (note) => note.deletedAt === null && note.target.kind === 'page' && normalisePageUrl(note.target.url) === page,
  );
}

export function notesWithTag(notes: NoteMeta[], tag: string): NoteMeta[] {
  return notes.filter((note) => note.deletedAt === null && note.tags.some((known) => sameTag(known, tag)));
}

/** How many notes (outside the trash) each entity has: what cards show, without any text. */
export function countByEntity(notes: NoteMeta[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (note.deletedAt !== null || note.target.kind !== 'entity') continue;
    counts.set(note.target.entityId, (counts.get(note.target.entityId) ?? 0) + 1);
  }
  return counts;
}
