/**
 * The side panel's team notes on an entity or a page. A placeholder until the notes UI lands:
 * it shows the heading and, when known, how many notes there are. Kept as its own component
 * so the notes UI replaces its inside without touching the panel.
 */
export type NotesSubject = { kind: 'entity'; entityId: string } | { kind: 'page'; url: string };

export interface NotesSectionProps {
  subject: NotesSubject;
  /** Notes on the subject; undefined while unknown. */
  count?: number;
  /** The reader came to write a note ("Add a note" on a card): open the editor at once. */
  compose?: boolean;
}

export function NotesSection({ subject, count }: NotesSectionProps) {
  const headingId = `notes-heading-${subject.kind}`;
  return (
    <section class="an-notes" aria-labelledby={headingId} data-notes-subject={subject.kind}>
      <h3 class="an-notes-heading" id={headingId}>
        Notes{count !== undefined && <span class="an-notes-count"> ({count})</span>}
      </h3>
      {count === 0 && <p class="an-notes-empty">No team notes yet.</p>}
    </section>
  );
}
