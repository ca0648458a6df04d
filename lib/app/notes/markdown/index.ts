/** Note previews: Markdown rendered and sanitised so a hostile note renders inert. */
export {
  renderNoteMarkdown,
  renderNoteMarkdownSliced,
  startNoteRendering,
  type NotePart,
  type NoteRendering,
  type RenderedNote,
} from './render-note-markdown';
export { formatProblem, MARKDOWN_LIMITS } from './format-limits';
export { splitNoteParts } from './note-parts';
export { NotePreview, type NotePreviewProps } from './NotePreview';
export { safeLinkTarget } from './safe-link';
