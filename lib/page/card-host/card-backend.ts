import type { EntityDetails } from '../../shared/card/entity-details';
import type { SourcePlace } from '../../shared/source-reader/source-place';

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
  /** Opens the source reader at an excerpt's place, in a new tab. */
  openSource(place: SourcePlace): void;
  /** "Don't highlight this term on this site"; the card offers it only where this exists. */
  hideOnSite?(entityId: string): void;
  /** Undoes `hideOnSite`; the notice after hiding offers Undo only where this exists. */
  showOnSite?(entityId: string): void;
}
