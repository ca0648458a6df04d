import { markdownToHtml } from './markdown-to-html';
import { sanitizeNoteHtml } from './sanitize-note-html';

/** A note's Markdown as HTML safe to insert into an extension page. DOM-side. */
export function renderNoteMarkdown(source: string): string {
  return sanitizeNoteHtml(markdownToHtml(source));
}
