export interface AddToTeamGlossaryProps {
  /** What the reader searched for: the new entry's name. */
  name: string;
  onAdd(): void;
}

/** A search's last offer when nothing is found and the member is in a team space. */
export function AddToTeamGlossary({ name, onAdd }: AddToTeamGlossaryProps) {
  return (
    <p class="as-none-text">
      <button type="button" class="as-add-team" onClick={onAdd}>
        Add “{name}” to the team glossary
      </button>
    </p>
  );
}
