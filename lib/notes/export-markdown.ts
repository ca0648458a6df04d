import type { NoteTarget, NoteWithBody } from './note-types';

export interface MarkdownExportOptions {
  /** The entity's display name, when the caller has the corpus at hand. */
  entityName?: (entityId: string) => string | undefined;
  now?: string;
}

/** Inline text that must not turn into Markdown formatting or break a list line. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function targetLine(target: NoteTarget, entityName: MarkdownExportOptions['entityName']): string {
  if (target.kind === 'entity') {
    const name = entityName?.(target.entityId);
    return name ? `${inline(name)} (\`${target.entityId}\`)` : `entity \`${target.entityId}\``;
  }
  const quote = target.quote.trim() === '' ? '' : ` — “${inline(target.quote)}”`;
  return `<${target.url}>${quote}`;
}

function heading(note: NoteWithBody, entityName: MarkdownExportOptions['entityName']): string {
  if (note.target.kind === 'entity') return `Note on ${inline(entityName?.(note.target.entityId) ?? note.target.entityId)}`;
  const quote = note.target.quote.trim();
  return quote === '' ? `Note on ${inline(note.target.url)}` : `Note on “${inline(quote.length > 60 ? quote.slice(0, 60) + '…' : quote)}”`;
}

/**
 * Pushes a body's headings two levels down (outside code fences), so that a "# Title" in a
 * note reads as part of the note's section rather than as a new section of the export.
 */
function demoteHeadings(body: string): string {
  let fence: string | null = null;
  return body
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || marker.startsWith(fence))) {
        fence = fence === null ? marker : null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => indent + '#'.repeat(Math.min(6, hashes.length + 2)));
    })
    .join('\n');
}

/**
 * A space's notes as one Markdown document for reading and archiving: one section per note
 * with its target, tags, authors and dates, then its body (bodies are Markdown; their headings
 * are moved two levels down to stay inside the section).
 */
export function notesToMarkdown(space: string, notes: NoteWithBody[], options: MarkdownExportOptions = {}): string {
  const now = options.now ?? new Date().toISOString();
  const lines = [`# Team notes: ${inline(space)}`, '', `Exported ${now}; ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}.`, ''];
  for (const note of notes) {
    lines.push(`## ${heading(note, options.entityName)}`, '');
    lines.push(`- Target: ${targetLine(note.target, options.entityName)}`);
    lines.push(`- Tags: ${note.tags.length > 0 ? note.tags.map(inline).join(', ') : '(none)'}`);
    lines.push(`- Authors: ${note.authors.length > 0 ? note.authors.map((author) => inline(author.name)).join(', ') : '(unknown)'}`);
    lines.push(`- Created: ${note.createdAt}; updated: ${note.updatedAt}`);
    if (note.deletedAt !== null) lines.push(`- In the trash since ${note.deletedAt}`);
    lines.push(`- Id: \`${note.id}\``, '');
    const body = note.body.trim();
    lines.push(body === '' ? '*(empty)*' : demoteHeadings(body), '', '---', '');
  }
  return lines.join('\n');
}
