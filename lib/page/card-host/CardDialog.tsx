import type { Ref } from 'preact';
import type { SourceExcerpt } from '../../shared/corpus-format/corpus-schema';
import type { EntityDetails } from '../../shared/card/entity-details';
import { EntityCard } from '../../shared/card';

export type CardView =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; details: EntityDetails; notesCount: number | undefined };

export interface CardDialogProps {
  view: CardView;
  headingId: string;
  dialogRef: Ref<HTMLDivElement>;
  onClose(): void;
  /** Present when the reader came here from another card. */
  onBack?(): void;
  onOpenEntity(id: string): void;
  onOpenSidePanel(id: string): void;
  onAddNote(id: string): void;
  onOpenSource(excerpt: SourceExcerpt): void;
  blockTerm?: { text: string; onBlock(): void };
}

/** The non-modal dialog frame of the in-page card: toolbar, then the card or its status. */
export function CardDialog(props: CardDialogProps) {
  const { view, headingId } = props;
  return (
    // English text, whatever the page's direction and language: an inherited dir="rtl" would
    // run its sentences right to left and put the scrollbar on the left.
    <div
      class="ac-dialog ac-surface"
      dir="ltr"
      lang="en"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      ref={props.dialogRef}
    >
      <div class="ac-toolbar">
        {props.onBack && (
          <button type="button" onClick={props.onBack}>
            ← Back
          </button>
        )}
        <button type="button" class="ac-close" aria-label="Close card" onClick={props.onClose}>
          ×
        </button>
      </div>
      {view.status === 'ready' ? (
        <EntityCard
          details={view.details}
          headingId={headingId}
          notesCount={view.notesCount}
          onOpenEntity={props.onOpenEntity}
          onOpenSidePanel={props.onOpenSidePanel}
          onAddNote={props.onAddNote}
          onOpenSource={props.onOpenSource}
          blockTerm={props.blockTerm}
        />
      ) : (
        <p class="ac-status" id={headingId}>
          {view.status === 'loading' ? 'Loading…' : 'Attaché has no card for this term.'}
        </p>
      )}
    </div>
  );
}
