import type { NoteMeta } from './note-types';

/** How many notes (outside the trash) each entity has: what cards show, without any text. */
export function countByEntity(notes: NoteMeta[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (note.deletedAt !== null || note.target.kind !== 'entity') continue;
    counts.set(note.target.entityId, (counts.get(note.target.entityId) ?? 0) + 1);
  }
  return counts;
}
