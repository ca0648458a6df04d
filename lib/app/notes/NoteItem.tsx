import { useEffect, useMemo } from 'preact/hooks';
import { Awareness } from 'y-protocols/awareness';
import type { NoteMeta, NotesSpace } from '../../notes';
import { NoteEditor } from './editor';
import { NotePreview } from './markdown';
import { authorNames, firstLine, shortDate } from './note-meta-text';
import { PresenceList, type PresenceUser } from './presence';
import { TagEditor } from './TagEditor';
import { useNoteBody } from './use-note-body';

export interface NoteItemProps {
  space: NotesSpace;
  note: NoteMeta;
  user: PresenceUser;
  editing: boolean;
  /** The member may read, not change: no editor, tags or trash. */
  readOnly?: boolean;
  onEdit(): void;
  /** Editing finished; `empty` says the body has no text. */
  onDone(empty: boolean): void;
}

/** One note: who wrote it and when, the quoted passage, the body as formatted text or live editor, tags. */
export function NoteItem({ space, note, user, editing, readOnly = false, onEdit, onDone }: NoteItemProps) {
  const { body, text, failure } = useNoteBody(space, note.id);
  // Offline pages have no provider; a local awareness still lets the editor run the same way.
  const localAwareness = useMemo(() => (body && !body.awareness ? new Awareness(body.doc) : null), [body]);
  useEffect(() => () => localAwareness?.destroy(), [localAwareness]);
  const awareness = body?.awareness ?? localAwareness;

  const label = `note by ${authorNames(note)}${text ? `: ${firstLine(text, 40)}` : ''}`;

  return (
    <article class="nt-note" data-note-id={note.id} aria-label={label}>
      <p class="nt-meta">
        {authorNames(note)} · <time dateTime={note.updatedAt}>{shortDate(note.updatedAt)}</time>
      </p>
      {note.target.kind === 'page' && note.target.quote !== '' && <blockquote class="nt-quote">{note.target.quote}</blockquote>}
      {failure ? (
        <p class="nt-error" role="alert">
          {failure}
        </p>
      ) : !body || !awareness ? (
        <p class="nt-loading">Opening…</p>
      ) : editing ? (
        <>
          <NoteEditor text={body.text} awareness={awareness} user={user} label={`Text of the ${label}`} />
          <PresenceList awareness={awareness} label="Editing now" />
        </>
      ) : (
        <NotePreview markdown={text} />
      )}
      <TagEditor
        noteLabel={label}
        tags={note.tags}
        readOnly={readOnly}
        onAdd={(tag) => space.addTag(note.id, tag)}
        onRemove={(tag) => space.removeTag(note.id, tag)}
      />
      {!readOnly && (
        <div class="nt-actions">
          {editing ? (
            <button type="button" onClick={() => onDone(text.trim() === '')}>
              Done
            </button>
          ) : (
            <button type="button" onClick={onEdit} disabled={!body}>
              Edit
            </button>
          )}
          <button type="button" class="nt-trash" onClick={() => space.trash(note.id)}>
            Move to trash
          </button>
        </div>
      )}
    </article>
  );
}
