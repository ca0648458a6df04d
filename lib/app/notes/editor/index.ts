/** The live note editor: CodeMirror 6 bound to a note's Y.Text and awareness. */
export { NoteEditor, type NoteEditorProps } from './NoteEditor';
export { noteEditorExtensions, type NoteEditorSetup } from './note-editor-extensions';
