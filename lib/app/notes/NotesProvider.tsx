import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { NotesSpace, SpaceConfig, SpaceConfigStore } from '../../notes';
import { NotesContext, type NotesContextValue } from './notes-context';
import { presenceUser } from './presence';
import { useMembership, useOpenSpace } from './space-hooks';

export interface NotesProviderProps {
  store: SpaceConfigStore;
  openSpace(config: SpaceConfig): NotesSpace;
  openOptions(): void;
  captureSelection?: NotesContextValue['captureSelection'];
  showNoteMarks?: NotesContextValue['showNoteMarks'];
  children: ComponentChildren;
}

/**
 * Opens the member's team space for the page below it and keeps it open while the page lives:
 * joined, left or renamed in the options, the page follows.
 */
export function NotesProvider({ store, openSpace, openOptions, captureSelection, showNoteMarks, children }: NotesProviderProps) {
  const config = useMembership(store);
  const space = useOpenSpace(config, openSpace);
  const value = useMemo<NotesContextValue>(
    () => ({
      space: config === undefined || (config && !space) ? undefined : space,
      user: config ? presenceUser(config) : null,
      openOptions,
      captureSelection,
      showNoteMarks,
    }),
    [config, space, openOptions, captureSelection, showNoteMarks],
  );
  return <NotesContext.Provider value={value}>{children}</NotesContext.Provider>;
}
