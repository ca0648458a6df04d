import { useState } from 'preact/hooks';
import type { NoteMeta, NotesSpace } from '../../notes';
import { authorNames, shortDate } from './note-meta-text';

export interface TrashListProps {
  space: NotesSpace;
  notes: NoteMeta[];
  /** The member may read, not change: the trash is listed with no restore or delete. */
  readOnly?: boolean;
}

/** Trashed notes: restore one, or delete it for everyone after a second click. */
export function TrashList({ space, notes, readOnly = false }: TrashListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState('');
  if (notes.length === 0) return <p class="nt-empty">The trash is empty.</p>;
  const purge = (id: string) => {
    setConfirming(null);
    space.purge(id).catch((problem: unknown) => setError(`Could not delete the note: ${String((problem as Error)?.message ?? problem)}`));
  };
  return (
    <>
      <ul class="nt-trash-list" aria-label="Notes in the trash">
        {notes.map((note) => (
          <li key={note.id} class="nt-trashed" data-note-id={note.id}>
            <span class="nt-meta">
              Note by {authorNames(note)}, trashed {shortDate(note.deletedAt ?? note.updatedAt)}
            </span>
            {note.target.kind === 'page' && note.target.quote !== '' && <q class="nt-quote-inline">{note.target.quote}</q>}
            {readOnly ? null : (
              <button type="button" onClick={() => space.restore(note.id)}>
                Restore
              </button>
            )}
            {readOnly ? null : confirming === note.id ? (
              <>
                <button type="button" class="nt-danger" onClick={() => purge(note.id)}>
                  Delete for everyone
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(note.id)}>
                Delete forever…
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p class="nt-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
