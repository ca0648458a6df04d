import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { markdown } from '@codemirror/lang-markdown';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

export interface NoteEditorSetup {
  text: Y.Text;
  awareness: Awareness;
  /** Must track no origin of its own: the binding adds its origin, so undo reverts only this editor's edits. */
  undoManager: Y.UndoManager;
  label: string;
  placeholder?: string;
}

/**
 * The CodeMirror configuration of a note: Markdown with syntax colouring, soft-wrapped lines,
 * live binding to the note's Y.Text with the other members' cursors, and Yjs undo in place
 * of CodeMirror's history (which would also undo what others typed).
 */
export function noteEditorExtensions(setup: NoteEditorSetup): Extension[] {
  return [
    markdown(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    EditorView.lineWrapping,
    drawSelection(),
    placeholder(setup.placeholder ?? 'Write a note. Markdown works: **bold**, *italic*, [link](https://…), - lists'),
    EditorView.contentAttributes.of({ 'aria-label': setup.label, 'aria-multiline': 'true' }),
    keymap.of(yUndoManagerKeymap),
    yCollab(setup.text, setup.awareness, { undoManager: setup.undoManager }),
    noteEditorTheme,
  ];
}

const noteEditorTheme = EditorView.theme({
  '&': { fontSize: '14px', border: '1px solid var(--ac-rule, #d7dce1)', borderRadius: '4px', background: 'var(--ac-bg, #fff)' },
  '&.cm-focused': { outline: '2px solid var(--ac-accent, #1a5fb4)', outlineOffset: '-1px' },
  '.cm-content': { padding: '8px 10px', minHeight: '6em', fontFamily: 'system-ui, sans-serif', caretColor: 'var(--ac-fg, #1d2228)' },
  '.cm-placeholder': { color: 'var(--ac-muted, #59636e)' },
  '.cm-ySelectionInfo': { fontFamily: 'system-ui, sans-serif', opacity: '1', top: '-1.3em' },
});
