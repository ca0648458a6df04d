import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'preact/hooks';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { guardPeerStates } from '../presence/guard-peer-states';
import type { PresenceUser } from '../presence/presence-user';
import { noteEditorExtensions } from './note-editor-extensions';

export interface NoteEditorProps {
  /** The note's body; every member's edits arrive here and the editor follows them live. */
  text: Y.Text;
  /** The awareness of the note's document: carries this member's cursor and shows the others'. */
  awareness: Awareness;
  /** How the other members see you. */
  user: PresenceUser;
  /** Accessible name of the text area, e.g. "Note on CICIR". */
  label: string;
  placeholder?: string;
}

/**
 * A note's body, edited live with the rest of the team. Preact renders the frame; CodeMirror
 * owns the editing surface inside it, created once per note and destroyed with it.
 */
export function NoteEditor({ text, awareness, user, label, placeholder }: NoteEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const userRef = useRef(user);
  userRef.current = user;

  useEffect(() => {
    awareness.setLocalStateField('user', userRef.current);
    const unguard = guardPeerStates(awareness);
    const undoManager = new Y.UndoManager(text, { trackedOrigins: new Set() });
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.toString(),
        extensions: noteEditorExtensions({ text, awareness, undoManager, label, placeholder }),
      }),
    });
    return () => {
      view.destroy();
      undoManager.destroy();
      unguard();
      // Leave no cursor behind in a note this member no longer has open.
      if (awareness.getLocalState() !== null) awareness.setLocalStateField('cursor', null);
    };
    // label and placeholder are fixed per note; a new note is a new text.
  }, [text, awareness]);

  useEffect(() => {
    const local = awareness.getLocalState();
    if (local !== null) awareness.setLocalStateField('user', user);
  }, [awareness, user.name, user.color, user.colorLight]);

  return <div class="note-editor" ref={host} />;
}
