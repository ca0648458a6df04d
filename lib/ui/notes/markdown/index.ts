/** Note previews: Markdown rendered and sanitised so a hostile note renders inert. */
export { renderNoteMarkdown } from './render-note-markdown';
export { NotePreview, type NotePreviewProps } from './NotePreview';
export { safeLinkTarget } from './safe-link';
