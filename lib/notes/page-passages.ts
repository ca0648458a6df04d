/**
 * The passages of a page that carry team notes, for its content script: notes on the same
 * quote in the same context are one passage, with their count and authors. Which notes are on
 * the page is decided by `normalisePageUrl`, the one rule for "the same article". Notes in the
 * trash and page notes without a quote are left out; nothing of a note's text or tags goes
 * into a passage.
 */
import { normalisePageUrl } from './page-url';
import type { NoteMeta, PageTarget } from './note-types';
import { MAX_PASSAGE_AUTHORS, type NotePassage } from '../shared/note-passages';

export function passagesOnPage(notes: readonly NoteMeta[], url: string, canonical: string | null): NotePassage[] {
  const page = normalisePageUrl(url, canonical);
  if (page === null) return [];
  const byPassage = new Map<string, { target: PageTarget; ids: string[]; authors: Set<string> }>();
  for (const note of notes) {
    const target = note.target;
    if (note.deletedAt !== null || target.kind !== 'page' || target.quote.trim() === '') continue;
    if (normalisePageUrl(target.url) !== page) continue;
    const where = passageOf(target);
    const passage = byPassage.get(where) ?? { target, ids: [], authors: new Set<string>() };
    byPassage.set(where, passage);
    passage.ids.push(note.id);
    for (const author of note.authors) passage.authors.add(author.name);
  }
  return [...byPassage.values()].map(({ target, ids, authors }) => ({
    key: passageKey(ids),
    quote: target.quote,
    prefix: target.prefix,
    suffix: target.suffix,
    count: ids.length,
    authors: [...authors].slice(0, MAX_PASSAGE_AUTHORS),
  }));
}

/** The passage's key: the smallest of its notes' ids, so it stays put while notes are added to it. */
export function passageKey(ids: readonly string[]): string {
  return [...ids].sort()[0]!;
}


/** Each page note's passage key, for the notes of one page (those `passagesOnPage` groups). */
export function passageKeys(notes: readonly NoteMeta[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const note of notes) {
    if (note.target.kind !== 'page') continue;
    const where = passageOf(note.target);
    groups.set(where, [...(groups.get(where) ?? []), note.id]);
  }
  const keys = new Map<string, string>();
  for (const ids of groups.values()) for (const id of ids) keys.set(id, passageKey(ids));
  return keys;
}

function passageOf(target: PageTarget): string {
  return JSON.stringify([target.quote, target.prefix, target.suffix]);
}
