import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { NotesSpace } from '../../notes';
import type { PageSelection } from '../../shared/page-quote';
import type { MarksShown } from '../../shared/note-passages';
import type { PresenceUser } from './presence';

/** What the notes UI of an extension page works with; provided once at the page's root. */
export interface NotesContextValue {
  /** undefined while the membership loads; null when this install is in no team space. */
  space: NotesSpace | null | undefined;
  /** How this member appears to the others. */
  user: PresenceUser | null;
  /** Opens the options page, where a member joins a space. */
  openOptions(): void;
  /** The selection in the described tab, or null when nothing is selected there. */
  captureSelection?(tabId: number): Promise<PageSelection | null>;
  /** Marks the team notes' passages in the tab; null where the page cannot (not on, no team space). */
  showNoteMarks?(tabId: number): Promise<MarksShown | null>;
}

export const NotesContext = createContext<NotesContextValue>({ space: null, user: null, openOptions: () => {} });

export function useNotes(): NotesContextValue {
  return useContext(NotesContext);
}
