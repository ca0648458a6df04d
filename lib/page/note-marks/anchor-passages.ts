/**
 * Finds many notes' passages in one text: text and anchors in, offsets out, no DOM, so that a
 * web page, a PDF's text layer or a test can all use it. The page is folded once for all notes
 * (folding it per note is, on a 1 MB page and 500 notes, the whole cost), and the work is a
 * generator of small steps for `runSliced`.
 *
 * Strategies, in order; the first that finds the passage wins and is reported:
 * - `exact`: the quote as written; among several occurrences, the one whose surroundings best
 *   match the stored prefix and suffix (compared folded, since the stored context has its
 *   white space squeezed);
 * - `folded`: the quote differing only in case, accents, white space, quote marks, dashes or
 *   invisible characters; chosen among occurrences the same way;
 * - `context`: the stored prefix and suffix found, close to each other, with a passage of
 *   about the quote's length between them: the words inside changed more than fuzzy allows;
 * - `fuzzy`: the closest passage within one edit per five characters (a long quote by its
 *   head and tail), first near where its context still is, then anywhere;
 * - none: the passage is gone, and the note is `orphaned`.
 */
import { approximateEnds, matchStart } from '../reanchor/approximate-match';
import { foldQuery, foldText, foldTextInSteps, type FoldedText } from '../reanchor/fold-text';
import type { PageSelection } from '../../shared/page-quote';

export type AnchorStrategy = 'exact' | 'folded' | 'context' | 'fuzzy';

export interface NoteAnchor extends PageSelection {
  /** The caller's key for the passage (a note id, or one key for every note on one quote). */
  key: string;
}

export type AnchorResult =
  | { key: string; state: 'anchored'; start: number; end: number; strategy: AnchorStrategy; distance: number }
  | { key: string; state: 'orphaned' };

const EDIT_RATIO = 0.2;
/** Quotes longer than this are matched fuzzily by their first and last `PIECE` characters. */
const PIECE = 96;
/** Edits per character allowed for the second end of a long quote, once the first is found. */
const LOOSE_PIECE_RATIO = 0.35;
/** Characters of the folded text one fuzzy step reads before giving the slicer a chance to yield. */
const FUZZY_WINDOW = 1 << 14;
/** Characters of stored context used to find where a passage was. */
const CONTEXT_PROBE = 24;
/** How far from its context a passage is looked for first. */
const NEAR = 2048;
const MAX_CANDIDATES = 24;
/** Candidates for each end of a long quote: every pair is tried, so few. */
const MAX_END_CANDIDATES = 4;

/** Anchors every note in `text`, one result per anchor in order; a step per yield. */
export function* anchorPassages(text: string, anchors: readonly NoteAnchor[]): Generator<void, AnchorResult[]> {
  let page: FoldedText | null = null;
  // Folded once, and only when a note is not found as written.
  const folded = function* (): Generator<void, FoldedText> {
    return (page ??= yield* foldTextInSteps(text));
  };
  const results: AnchorResult[] = [];
  for (const anchor of anchors) {
    const found = yield* anchorOne(text, folded, anchor);
    results.push(found ? { key: anchor.key, state: 'anchored', ...found } : { key: anchor.key, state: 'orphaned' });
    yield;
  }
  return results;
}

/** Runs `anchorPassages` to its end at once: for tests and for text small enough not to slice. */
export function anchorPassagesNow(text: string, anchors: readonly NoteAnchor[]): AnchorResult[] {
  const steps = anchorPassages(text, anchors);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

interface Found {
  start: number;
  end: number;
  strategy: AnchorStrategy;
  distance: number;
}

function* anchorOne(text: string, folded: () => Generator<void, FoldedText>, anchor: NoteAnchor): Generator<void, Found | null> {
  const quote = anchor.quote;
  if (quote.trim() === '') return null;
  const prefix = foldText(anchor.prefix).text;
  const suffix = foldText(anchor.suffix).text;

  const exact = occurrences(text, quote);
  if (exact.length > 0) {
    const start = exact.length === 1 ? exact[0]! : bestByContext(exact, (at) => foldedContextScore(text, at, at + quote.length, prefix, suffix));
    return { start, end: start + quote.length, strategy: 'exact', distance: 0 };
  }

  const page = yield* folded();
  yield;
  const query = foldQuery(quote);
  if (query === '') return null;
  const toOriginal = (start: number, end: number) => ({ start: page.origin[start]!, end: page.origin[end - 1]! + 1 });
  const score = (start: number, end: number) => contextScore(page.text, start, end, prefix, suffix);

  const same = occurrences(page.text, query);
  if (same.length > 0) {
    const start = bestByContext(same, (at) => score(at, at + query.length));
    return { ...toOriginal(start, start + query.length), strategy: 'folded', distance: 0 };
  }

  yield;
  const near = contextWindow(page.text, prefix, suffix, query.length);
  if (near?.between) return { ...toOriginal(near.between.start, near.between.end), strategy: 'context', distance: 0 };

  const maxEdits = Math.floor(Math.min(query.length, PIECE) * EDIT_RATIO);
  if (maxEdits === 0) return null;
  yield;
  let found = near ? fuzzy(page.text, query, maxEdits, near.from, near.to, score) : null;
  for (let from = 0; found === null && from < page.text.length; from += FUZZY_WINDOW) {
    yield;
    found = fuzzy(page.text, query, maxEdits, from, Math.min(page.text.length, from + FUZZY_WINDOW + query.length + maxEdits), score);
  }
  if (found === null) return null;
  const snapped = snapToWords(page.text, found.start, found.end, query);
  return { ...toOriginal(snapped.start, snapped.end), strategy: 'fuzzy', distance: found.distance };
}

const WORD = /[\p{L}\p{N}]/u;
/** Longest stretch a fuzzy end is extended by to finish the word it cut. */
const MAX_WORD_TAIL = 24;

/**
 * A fuzzy match's edges where the quote's are: an edit at the edge can leave the match starting
 * on the punctuation before the first word, or ending inside the last one.
 */
function snapToWords(text: string, start: number, end: number, query: string): { start: number; end: number } {
  let from = start;
  let to = end;
  if (WORD.test(query[0]!)) while (from < to && !WORD.test(text[from]!)) from += 1;
  if (WORD.test(query[query.length - 1]!)) {
    while (to > from && !WORD.test(text[to - 1]!)) to -= 1;
    const limit = Math.min(text.length, to + MAX_WORD_TAIL);
    while (to < limit && WORD.test(text[to]!) && WORD.test(text[to - 1]!)) to += 1;
  }
  return from < to ? { start: from, end: to } : { start, end };
}

/** The closest approximate match of `query` within text[from, to), in offsets of the whole text. */
function fuzzy(
  text: string,
  query: string,
  maxEdits: number,
  from: number,
  to: number,
  score: (start: number, end: number) => number,
): { start: number; end: number; distance: number } | null {
  const slice = text.slice(from, to);
  if (query.length <= PIECE) {
    const best = closest(slice, query, maxEdits, (start, end) => score(from + start, from + end));
    return best && { start: from + best.start, end: from + best.end, distance: best.distance };
  }
  // A long quote: its head or its tail found within the edits allowed, then the other end (the two overlap in quotes under twice
  // their length)
  // where the quote's length (give or take) puts it, with more edits allowed for that end
  // alone, since the changes may all sit at one end; the two together within both bounds.
  const head = query.slice(0, PIECE);
  const tail = query.slice(-PIECE);
  const slack = Math.floor(query.length * EDIT_RATIO);
  const looser = Math.floor(PIECE * LOOSE_PIECE_RATIO);
  let best: { start: number; end: number; distance: number } | null = null;
  const consider = (start: number, end: number, distance: number) => {
    if (distance <= 2 * maxEdits && (best === null || distance < best.distance)) best = { start: from + start, end: from + end, distance };
  };
  for (const found of candidates(slice, head, maxEdits, MAX_END_CANDIDATES)) {
    const lo = Math.max(found.start, found.start + query.length - PIECE - slack);
    const hi = Math.min(slice.length, found.start + query.length + slack);
    const other = closest(slice.slice(lo, hi), tail, looser, () => 0, MAX_END_CANDIDATES);
    if (other) consider(found.start, lo + other.end, found.distance + other.distance);
  }
  for (const found of candidates(slice, tail, maxEdits, MAX_END_CANDIDATES)) {
    const lo = Math.max(0, found.end - query.length - slack);
    const hi = Math.min(found.end, found.end - query.length + PIECE + slack);
    if (hi <= lo) continue;
    const other = closest(slice.slice(lo, hi), head, looser, () => 0, MAX_END_CANDIDATES);
    if (other) consider(lo + other.start, found.end, found.distance + other.distance);
  }
  return best;
}

function candidates(text: string, query: string, maxEdits: number, limit = MAX_CANDIDATES): Array<{ start: number; end: number; distance: number }> {
  return approximateEnds(text, query, maxEdits)
    .sort((a, b) => a.distance - b.distance || a.end - b.end)
    .slice(0, limit)
    .map(({ end }) => matchStart(text, query, end, maxEdits));
}

function closest(
  text: string,
  query: string,
  maxEdits: number,
  score: (start: number, end: number) => number,
  limit = MAX_CANDIDATES,
): { start: number; end: number; distance: number } | null {
  const found = candidates(text, query, maxEdits, limit);
  if (found.length === 0) return null;
  const fewest = Math.min(...found.map((candidate) => candidate.distance));
  const ties = found.filter((candidate) => candidate.distance === fewest);
  return ties[bestByContext(ties.map((_, i) => i), (i) => score(ties[i]!.start, ties[i]!.end))]!;
}

/**
 * Where the stored context still stands in the folded page: the window around it to search
 * first, and, when both prefix and suffix are found with room for the quote (within a fifth
 * of its length) between them, that passage.
 */
function contextWindow(
  text: string,
  prefix: string,
  suffix: string,
  length: number,
): { from: number; to: number; between: { start: number; end: number } | null } | null {
  const before = prefix.trimEnd().slice(-CONTEXT_PROBE);
  const after = suffix.trimStart().slice(0, CONTEXT_PROBE);
  const befores = before.length >= CONTEXT_PROBE / 2 ? occurrences(text, before) : [];
  const afters = after.length >= CONTEXT_PROBE / 2 ? occurrences(text, after) : [];
  if (befores.length === 0 && afters.length === 0) return null;
  const slack = Math.max(8, Math.floor(length * EDIT_RATIO));
  for (const b of befores) {
    const start = b + before.length + (prefix.endsWith(' ') ? 1 : 0);
    for (const a of afters) {
      const end = a - (suffix.startsWith(' ') ? 1 : 0);
      if (end > start && Math.abs(end - start - length) <= slack && text.slice(start, end).trim() !== '') {
        return { from: start, to: end, between: { start, end } };
      }
    }
  }
  const at = befores[0] ?? afters[0]!;
  return { from: Math.max(0, at - NEAR), to: Math.min(text.length, at + NEAR), between: null };
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function bestByContext(starts: readonly number[], score: (start: number) => number): number {
  let best = starts[0]!;
  let bestScore = -1;
  for (const start of starts) {
    const value = score(start);
    if (value > bestScore) {
      best = start;
      bestScore = value;
    }
  }
  return best;
}

/** How many characters just before and just after the passage agree with the stored context. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let before = 0;
  while (before < prefix.length && before < start && text[start - 1 - before] === prefix[prefix.length - 1 - before]) {
    before += 1;
  }
  let after = 0;
  while (after < suffix.length && end + after < text.length && text[end + after] === suffix[after]) after += 1;
  return before + after;
}

/** `contextScore` on the unfolded page, folding only the stretch next to the passage. */
function foldedContextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const reach = Math.max(prefix.length, suffix.length) * 2 + 8;
  const before = foldText(text.slice(Math.max(0, start - reach), start)).text;
  const after = foldText(text.slice(end, end + reach)).text;
  const joined = before + '\u0000' + after;
  return contextScore(joined, before.length, before.length + 1, prefix, suffix);
}
