/**
 * How many team notes an entity has, for the card: a number, never the notes. Counted from
 * this device's copy of the team space's index document, which stays open once read and
 * follows the extension's other pages through their update relay.
 */
import type * as Y from 'yjs';
import { indexDocName } from '../notes/doc-names';
import { countByEntity } from '../notes/note-queries';
import { readNotes } from '../notes/read-note';
import type { SpaceConfig } from '../notes/space-config';

export interface OpenIndex {
  doc: Y.Doc;
  /** Resolves once the stored copy is in `doc`. */
  loaded: Promise<void>;
  close(): Promise<void>;
}

export interface NoteCountsOptions {
  /** The team space this device is in, or null. */
  loadSpace(): Promise<SpaceConfig | null>;
  /** Opens the local copy of an index document by its name (`openLocalDoc` in the extension). */
  openIndex(name: string): OpenIndex;
}

/** Null when this device is in no team space: the card then shows no count at all. */
export type NoteCounter = (entityId: string) => Promise<number | null>;

export function createNoteCounter({ loadSpace, openIndex }: NoteCountsOptions): NoteCounter {
  let open: { name: string; index: OpenIndex } | undefined;

  const indexFor = (name: string): OpenIndex => {
    if (open?.name !== name) {
      // Joined another space or rejoined: the old copy is of no more use.
      void open?.index.close();
      open = { name, index: openIndex(name) };
    }
    return open.index;
  };

  return async (entityId) => {
    const space = await loadSpace();
    if (!space) {
      void open?.index.close();
      open = undefined;
      return null;
    }
    const index = indexFor(indexDocName(space.space));
    await index.loaded;
    return countByEntity(readNotes(index.doc).notes).get(entityId) ?? 0;
  };
}
