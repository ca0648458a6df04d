import { useEffect, useRef } from 'preact/hooks';
import type { SourceExcerpt } from '../../shared/corpus-format/corpus-schema';
import type { EntityDetails } from '../../shared/card/entity-details';
import type { Direction } from '../../shared/messages';
import { EntityCard } from '../../shared/card';
import { NotesSection } from '../notes-section';

export interface EntityDetailProps {
  details: EntityDetails;
  headingId: string;
  /** Mentions of the entity on the current page; 0 or undefined hides the page controls. */
  pageCount: number | undefined;
  /** The reader came to write a note. */
  compose: boolean;
  onOpenEntity(id: string): void;
  onReveal(direction: Direction): void;
  onAddNote(): void;
  onOpenSource(excerpt: SourceExcerpt): void;
}

/**
 * An entity in the side panel: the card with every excerpt and relation, a way through its
 * mentions on the current page, and the team's notes on it.
 */
export function EntityDetail(props: EntityDetailProps) {
  const { details, headingId, pageCount, compose, onOpenEntity, onReveal, onAddNote, onOpenSource } = props;
  const notes = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (compose) notes.current?.scrollIntoView?.({ block: 'start' });
  }, [compose, details.entity.id]);
  return (
    <div class="sp-entity">
      {pageCount ? (
        <div class="sp-stepper" role="group" aria-label="Mentions on this page">
          <span class="sp-stepper-label">
            {pageCount} {pageCount === 1 ? 'mention' : 'mentions'} on this page
          </span>
          <button type="button" class="sp-step" onClick={() => onReveal('previous')}>
            <span aria-hidden="true">↑</span> Previous
          </button>
          <button type="button" class="sp-step" onClick={() => onReveal('next')}>
            <span aria-hidden="true">↓</span> Next
          </button>
        </div>
      ) : null}
      <EntityCard
        details={details}
        headingId={headingId}
        expanded
        onOpenEntity={onOpenEntity}
        onAddNote={onAddNote}
        onOpenSource={onOpenSource}
      />
      <div ref={notes}>
        <NotesSection subject={{ kind: 'entity', entityId: details.entity.id }} compose={compose} />
      </div>
    </div>
  );
}
