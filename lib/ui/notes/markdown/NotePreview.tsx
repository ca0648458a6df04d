import { useMemo } from 'preact/hooks';
import { renderNoteMarkdown } from './render-note-markdown';

export interface NotePreviewProps {
  markdown: string;
}

/** A note's body as formatted text. Empty notes say so rather than showing nothing. */
export function NotePreview({ markdown }: NotePreviewProps) {
  const html = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  if (markdown.trim() === '') return <p class="note-preview note-preview-empty">This note is empty.</p>;
  // Sanitised by renderNoteMarkdown: the only place notes' HTML reaches the DOM.
  return <div class="note-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
