export interface NotesCountProps {
  /** Undefined while the count is not known. */
  count: number | undefined;
  onOpenSidePanel(): void;
}

/**
 * The number of team notes, never their text: notes are private to the team and the card may
 * be rendered into a page the team does not control.
 */
export function NotesCount({ count, onOpenSidePanel }: NotesCountProps) {
  const label =
    count === undefined
      ? 'Team notes'
      : count === 0
        ? 'No team notes yet'
        : `${count} team ${count === 1 ? 'note' : 'notes'}`;
  return (
    <p class="ac-notes">
      <button type="button" class="ac-link" onClick={onOpenSidePanel}>
        {label} — open in side panel
      </button>
    </p>
  );
}
