/**
 * What a content script is told of a page's team notes: per quoted passage, where it is (the
 * quote and its context, text the page already holds) and who wrote how many notes there.
 * Never a note's text, id or tags: the content script shares its page's DOM, and what it paints
 * the page can read.
 */
import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type PageSelection } from './page-quote';
import { isRecord, isString } from './shape-check';

export interface NotePassage extends PageSelection {
  /** Stable for the passage while its notes last; names it when the reader opens it. */
  key: string;
  /** Notes on this passage, not in the trash. */
  count: number;
  /** Names of their authors, each once. */
  authors: string[];
}

export const MAX_PASSAGE_AUTHORS = 20;
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** The background's answer checked where it enters the content script; throws on anything else. */
export function readNotePassages(value: unknown): NotePassage[] {
  if (!Array.isArray(value)) throw new Error('note passages: expected a list');
  return value.map((entry, i) => {
    const where = `note passages[${i}]`;
    if (!isRecord(entry)) throw new Error(`${where}: expected an object`);
    const { key, quote, prefix, suffix, count, authors } = entry;
    if (!isString(key) || !KEY.test(key)) throw new Error(`${where}.key: expected a note id`);
    if (!isString(quote) || quote.trim() === '' || quote.length > MAX_QUOTE_LENGTH) throw new Error(`${where}.quote: expected a quote`);
    if (!isString(prefix) || prefix.length > MAX_CONTEXT_LENGTH) throw new Error(`${where}.prefix: expected text`);
    if (!isString(suffix) || suffix.length > MAX_CONTEXT_LENGTH) throw new Error(`${where}.suffix: expected text`);
    if (!Number.isInteger(count) || (count as number) < 1) throw new Error(`${where}.count: expected a positive whole number`);
    if (!Array.isArray(authors) || !authors.every(isString)) throw new Error(`${where}.authors: expected names`);
    return { key, quote, prefix, suffix, count: count as number, authors: authors.slice(0, MAX_PASSAGE_AUTHORS) };
  });
}

/** What a page answers when its marks are shown: how many passages are marked, and the keys of those no longer found. */
export interface MarksShown {
  marked: number;
  orphaned: string[];
}

/** A content script's `show-note-marks` answer, checked (it comes from a page's world); null for none. */
export function readMarksShown(value: unknown): MarksShown | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new Error('the page answered with something other than its marks');
  const { marked, orphaned } = value;
  if (!Number.isInteger(marked) || (marked as number) < 0) throw new Error('the page\'s marks have no count');
  if (!Array.isArray(orphaned) || !orphaned.every((key) => isString(key) && KEY.test(key))) {
    throw new Error('the page\'s orphaned passages are not note ids');
  }
  return { marked: marked as number, orphaned: orphaned as string[] };
}
