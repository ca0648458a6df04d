import type { NoteMeta } from '../../notes';

/** "Ana, Ben" — who wrote the note, in order of first contribution. */
export function authorNames(note: NoteMeta): string {
  const names = note.authors.map((author) => author.name).filter((name) => name.trim() !== '');
  return names.length === 0 ? 'Unknown author' : names.join(', ');
}

/** A date the way the panel shows it: day and time in the reader's locale. */
export function shortDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The first line of a body as plain text, for a collapsed note or an accessible name. */
export function firstLine(body: string, max = 80): string {
  const line = body.split('\n').find((candidate) => candidate.trim() !== '')?.trim() ?? '';
  const plain = line.replace(/^#+\s*|^[-*>]\s+|[*_`]/g, '');
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
