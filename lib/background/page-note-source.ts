/**
 * Answers content scripts' `page-note-passages` from this device's copy of the team space's
 * index document, and tells the tabs that asked when the notes change (a teammate's note
 * arrives through a sync round or an open notes page, a note is trashed), so their marks follow.
 */
import { indexDocName } from '../notes/doc-names';
import { readNotes } from '../notes/read-note';
import type { SpaceConfig } from '../notes/space-config';
import type { NotePassage } from '../shared/note-passages';
import type { OpenIndex } from './entity-note-counts';
import { passagesOnPage } from '../notes/page-passages';

export interface PageNoteSourceOptions {
  loadSpace(): Promise<SpaceConfig | null>;
  openIndex(name: string): OpenIndex;
  /** Called (at most once per `settleMs`) after the index changed, for the tabs to ask again. */
  changed(): void;
  settleMs?: number;
}

export interface PageNoteSource {
  /** Null when this device is in no team space. */
  passages(url: string, canonical: string | null): Promise<NotePassage[] | null>;
}

export function createPageNoteSource(o: PageNoteSourceOptions): PageNoteSource {
  let open: { name: string; index: OpenIndex; stop(): void } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = o.settleMs ?? 250;

  const close = () => {
    open?.stop();
    void open?.index.close();
    open = undefined;
  };
  const indexFor = (name: string): OpenIndex => {
    if (open?.name === name) return open.index;
    close();
    const index = o.openIndex(name);
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        o.changed();
      }, settle);
    };
    index.doc.on('update', onUpdate);
    open = { name, index, stop: () => index.doc.off('update', onUpdate) };
    return index;
  };

  return {
    async passages(url, canonical) {
      const space = await o.loadSpace();
      if (!space) {
        close();
        return null;
      }
      const index = indexFor(indexDocName(space.space));
      await index.loaded;
      return passagesOnPage(readNotes(index.doc).notes, url, canonical);
    },
  };
}
