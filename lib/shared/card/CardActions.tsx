export interface CardActionsProps {
  onOpenSidePanel?(): void;
  onAddNote?(): void;
  /** Present only where the card sits on a page: the term as the page writes it. */
  blockTerm?: { text: string; onBlock(): void };
}

export function CardActions({ onOpenSidePanel, onAddNote, blockTerm }: CardActionsProps) {
  if (!onOpenSidePanel && !onAddNote && !blockTerm) return null;
  return (
    <div class="ac-actions">
      {onOpenSidePanel && (
        <button type="button" class="ac-action" onClick={onOpenSidePanel}>
          Open in side panel
        </button>
      )}
      {onAddNote && (
        <button type="button" class="ac-action" onClick={onAddNote}>
          Add a note
        </button>
      )}
      {blockTerm && (
        <button type="button" class="ac-action ac-action-quiet" onClick={blockTerm.onBlock}>
          Don’t highlight “{blockTerm.text}” on this site
        </button>
      )}
    </div>
  );
}
