import { Marked, type Tokens } from 'marked';
import { safeLinkTarget } from './safe-link';

/**
 * Markdown to HTML for note previews. The HTML is NOT safe by itself: raw HTML in a note passes
 * through here and is removed by `sanitizeNoteHtml`. Two things are settled already at this
 * step because the sanitizer would only drop them: images become links to the picture (a note
 * never loads anything from the network), and task-list boxes become characters (no form
 * controls in a preview).
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

const marked = new Marked({
  gfm: true,
  // Notes are typed like messages: a line break is meant as one.
  breaks: true,
  renderer: {
    image({ href, text }: Tokens.Image): string {
      const label = escapeHtml(text.trim() === '' ? 'image' : text);
      const target = safeLinkTarget(href);
      if (target === null || target.startsWith('mailto:')) return label;
      return `<a href="${escapeHtml(target)}" class="note-image-link">[image: ${label}]</a>`;
    },
    checkbox({ checked }: Tokens.Checkbox): string {
      return checked ? '\u2611 ' : '\u2610 ';
    },
  },
});

export function markdownToHtml(source: string): string {
  return marked.parse(source, { async: false });
}
