import type { EntityDetails } from '../../shared/card/entity-details';

/**
 * What the in-page card needs from the rest of the extension, passed in so that the host stays
 * extension-free: the content-script entry implements it with runtime messages.
 */
export interface CardBackend {
  /** Null when the corpus has no such entity. */
  getEntity(id: string): Promise<EntityDetails | null>;
  /** Undefined when notes are not available (no team space). Never the notes themselves. */
  countNotes(id: string): Promise<number | undefined>;
  /** Called within the user's click, which the side panel needs to be allowed to open. */
  openSidePanel(id: string, intent: 'view' | 'add-note'): void;
  /** "Don't highlight this term on this site"; the card offers it only where this exists. */
  hideOnSite?(entityId: string): void;
  /** Undoes `hideOnSite`; the notice after hiding offers Undo only where this exists. */
  showOnSite?(entityId: string): void;
}
