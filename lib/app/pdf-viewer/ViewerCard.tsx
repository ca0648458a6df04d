import { useEffect, useRef } from 'preact/hooks';
import type { EntityDetails } from '../../shared/card/entity-details';
import { EntityCard } from '../../shared/card';

export interface ViewerCardProps {
  details: EntityDetails;
  notesCount: number | undefined;
  /** The mention's box in viewport coordinates: the card goes below it, else above. */
  anchor: { top: number; bottom: number; left: number };
  /** Opened by click or keyboard: the card takes focus (and the viewer gives it back on close). */
  takeFocus: boolean;
  onOpenEntity(id: string): void;
  onOpenSidePanel(id: string): void;
  onAddNote(id: string): void;
  onPointerInside(inside: boolean): void;
}

const CARD_MAX_HEIGHT = 420;
const HEADING_ID = 'pv-card-heading';

/** The entity card beside a mention in the viewer: the same card as on web pages. */
export function ViewerCard(props: ViewerCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.takeFocus) ref.current?.focus();
  }, [props.details.entity.id, props.takeFocus]);
  const below = window.innerHeight - props.anchor.bottom;
  const place = below >= Math.min(CARD_MAX_HEIGHT, props.anchor.top) ? { top: props.anchor.bottom + 6 } : { bottom: window.innerHeight - props.anchor.top + 6 };
  const left = Math.max(8, Math.min(props.anchor.left, window.innerWidth - 400));
  return (
    <div
      ref={ref}
      class="pv-card ac-surface"
      role="dialog"
      aria-labelledby={HEADING_ID}
      tabIndex={-1}
      style={{ ...place, left, maxHeight: `${CARD_MAX_HEIGHT}px` }}
      onPointerEnter={() => props.onPointerInside(true)}
      onPointerLeave={() => props.onPointerInside(false)}
    >
      <EntityCard
        details={props.details}
        headingId={HEADING_ID}
        notesCount={props.notesCount}
        onOpenEntity={props.onOpenEntity}
        onOpenSidePanel={props.onOpenSidePanel}
        onAddNote={props.onAddNote}
      />
    </div>
  );
}
