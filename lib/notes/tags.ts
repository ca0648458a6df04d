import { MAX_TAG_LENGTH } from './note-types';

/**
 * The form a tag is stored in: trimmed, inner whitespace collapsed, case kept (people write
 * "UN GGE" and expect to see it so). Null when nothing is left or it is too long.
 */
export function normaliseTag(raw: string): string | null {
  const tag = raw.trim().replace(/\s+/g, ' ');
  return tag === '' || tag.length > MAX_TAG_LENGTH ? null : tag;
}

/** Tags compare without regard to case, so "norms" and "Norms" are one tag. */
export function sameTag(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
