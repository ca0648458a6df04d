import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { passageKeys, type NoteMeta, type NotesSpace, type ReadNotesResult } from '../../notes';
import { NoteItem } from '../notes/NoteItem';
import { useNotes } from '../notes/notes-context';
import { newTarget, notesAbout, type NotesSubject } from '../notes/notes-subject';
import { PresenceList } from '../notes/presence';
import { useObservable } from '../notes/space-hooks';
import { TrashList } from '../notes/TrashList';

export interface NotesSectionProps {
  subject: NotesSubject;
  /** The reader came to write a note ("Add a note" on a card): start one at once. */
  compose?: boolean;
}

const NO_NOTES: ReadNotesResult = { notes: [], problems: [] };

/** The team's notes on an entity or a page: read, write together, tag, trash and restore. */
export function NotesSection({ subject, compose }: NotesSectionProps) {
  const { space } = useNotes();
  const headingId = `notes-heading-${subject.kind}`;
  return (
    <section class="an-notes nt-section" aria-labelledby={headingId} data-notes-subject={subject.kind}>
      {space === undefined ? (
        <h3 class="an-notes-heading" id={headingId}>
          Notes
        </h3>
      ) : space === null ? (
        <NotJoined headingId={headingId} />
      ) : (
        <SpaceNotes key={subjectKey(subject)} space={space} subject={subject} compose={compose ?? false} headingId={headingId} />
      )}
    </section>
  );
}

function subjectKey(subject: NotesSubject): string {
  return subject.kind === 'entity' ? `entity:${subject.entityId}` : `page:${subject.url}`;
}

function NotJoined({ headingId }: { headingId: string }) {
  const { openOptions } = useNotes();
  return (
    <>
      <h3 class="an-notes-heading" id={headingId}>
        Notes
      </h3>
      <p class="nt-empty">
        Team notes need a team space.{' '}
        <button type="button" class="nt-link" onClick={openOptions}>
          Join one in the options
        </button>
      </p>
    </>
  );
}

function SpaceNotes({ space, subject, compose, headingId }: { space: NotesSpace; subject: NotesSubject; compose: boolean; headingId: string }) {
  const { user, captureSelection, showNoteMarks } = useNotes();
  const { notes } = useObservable(space.notes, NO_NOTES);
  const readOnly = useObservable(space.readOnly, false);
  const reasonId = `${headingId}-read-only`;
  const disabledWhy = readOnly ? { disabled: true, 'aria-describedby': reasonId } : {};
  const [editing, setEditing] = useState<string | null>(null);
  const [showTrash, setShowTrash] = useState(false);
  const [message, setMessage] = useState('');
  // Notes started here and left empty are removed again rather than kept as blank notes.
  const startedHere = useRef(new Set<string>());

  // The space's connection, and with it the presence, is attached once the index has loaded.
  const [presence, setPresence] = useState(() => space.presence);
  useEffect(() => {
    let current = true;
    space.ready.then(() => current && setPresence(space.presence), () => undefined);
    return () => {
      current = false;
    };
  }, [space]);

  const live = notesAbout(notes, subject, false);
  const trashed = notesAbout(notes, subject, true);

  const start = (quote?: Parameters<typeof newTarget>[1]) => {
    const target = newTarget(subject, quote);
    if (target === null) {
      setMessage('Notes can be written on web pages (http or https) only.');
      return;
    }
    try {
      const created: NoteMeta = space.create(target);
      startedHere.current.add(created.id);
      setEditing(created.id);
      setMessage('');
    } catch (error) {
      setMessage(`Could not create the note: ${String((error as Error)?.message ?? error)}`);
    }
  };

  const startOnSelection = async () => {
    if (subject.kind !== 'page' || subject.tabId === undefined || !captureSelection) return;
    try {
      const selection = await captureSelection(subject.tabId);
      if (selection === null) setMessage('Select a passage on the page first, then choose “New note on the selection”.');
      else start(selection);
    } catch {
      setMessage('The page does not answer: reload it and try again.');
    }
  };

  // Passages the page could no longer find when it last marked them (by passage key).
  const [orphaned, setOrphaned] = useState<ReadonlySet<string>>(new Set());
  const markOnPage = async () => {
    if (subject.kind !== 'page' || subject.tabId === undefined || !showNoteMarks) return;
    try {
      const shown = await showNoteMarks(subject.tabId);
      if (shown === null) {
        setMessage('Attaché is off on this page: turn it on to see where the notes are.');
        return;
      }
      setOrphaned(new Set(shown.orphaned));
      const lost = shown.orphaned.length;
      setMessage(
        `${shown.marked === 1 ? '1 passage' : `${shown.marked} passages`} marked on the page` +
          (lost === 0 ? '.' : `; ${lost === 1 ? '1 passage is' : `${lost} passages are`} no longer there (marked below).`),
      );
    } catch {
      setMessage('The page does not answer: reload it and try again.');
    }
  };
  const passageOf = passageKeys(live);

  const done = (id: string, empty: boolean) => {
    setEditing(null);
    if (empty && startedHere.current.has(id)) void space.purge(id).catch(() => undefined);
    startedHere.current.delete(id);
  };

  const composed = useRef(false);
  useEffect(() => {
    if (compose && !composed.current && subject.kind === 'entity') {
      composed.current = true;
      space.ready.then(() => start());
    }
  }, [compose]);

  return (
    <>
      <h3 class="an-notes-heading" id={headingId}>
        Notes<span class="an-notes-count"> ({live.length})</span>
      </h3>
      {presence && <PresenceList awareness={presence} label="In this space now" />}
      {readOnly && (
        <p class="nt-read-only" id={reasonId} role="status">
          Read-only: your token for this space lets you read its notes, not write, tag or trash them. Ask a member for
          an invite that can write.
        </p>
      )}
      <div class="nt-toolbar">
        {subject.kind === 'page' && subject.tabId !== undefined && captureSelection && (
          <button type="button" onClick={startOnSelection} {...disabledWhy}>
            New note on the selection
          </button>
        )}
        {subject.kind === 'page' && subject.tabId !== undefined && showNoteMarks && (
          <button type="button" onClick={markOnPage}>
            Show on the page
          </button>
        )}
        <button type="button" onClick={() => start()} {...disabledWhy}>
          {subject.kind === 'page' ? 'New note on this page' : 'New note'}
        </button>
        <button type="button" aria-pressed={showTrash} onClick={() => setShowTrash((shown) => !shown)}>
          Trash ({trashed.length})
        </button>
      </div>
      {message && (
        <p class="nt-message" role="status">
          {message}
        </p>
      )}
      {showTrash ? (
        <TrashList space={space} notes={trashed} readOnly={readOnly} />
      ) : live.length === 0 ? (
        <p class="an-notes-empty nt-empty">No team notes yet.</p>
      ) : (
        user &&
        live.map((note) => (
          <Fragment key={note.id}>
            {orphaned.has(passageOf.get(note.id) ?? '') && (
              <p class="nt-orphaned" role="note">
                Orphaned: this note’s passage is no longer on the page.
              </p>
            )}
            <NoteItem
              space={space}
              note={note}
              user={user}
              editing={editing === note.id && !readOnly}
              readOnly={readOnly}
              onEdit={() => setEditing(note.id)}
              onDone={(empty) => done(note.id, empty)}
            />
          </Fragment>
        ))
      )}
    </>
  );
}

