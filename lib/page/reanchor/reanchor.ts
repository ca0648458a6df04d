import { approximateEnds, matchStart } from './approximate-match';
import { foldQuery, foldText } from './fold-text';
import type { PageSelection } from '../../shared/page-quote';

/** A page note's passage: what the note keeps of it (`PageTarget`) is what a page gave (`PageSelection`). */
export type QuoteAnchor = PageSelection;

export interface AnchorMatch {
  /** UTF-16 offsets into the page text given; `end` is exclusive. */
  start: number;
  end: number;
  /**
   * exact: the quote as written; folded: differing only in case, white space, quote marks,
   * dashes or invisible characters; fuzzy: the closest passage within the allowed edits.
   */
  method: 'exact' | 'folded' | 'fuzzy';
  /** Edits between the quote and the passage found (0 unless fuzzy). */
  distance: number;
}

export interface ReanchorOptions {
  /** Edits allowed per character of the quote, for the fuzzy step. */
  maxEditRatio?: number;
}

const DEFAULT_EDIT_RATIO = 0.2;
// Enough fuzzy candidates to let the context decide between near-equal ones, few enough that
// the start search stays cheap on long pages.
const MAX_FUZZY_CANDIDATES = 24;

/**
 * Finds a page note's quoted passage in the page's current text. Where the quote occurs more
 * than once, the occurrence whose surroundings best match the stored prefix and suffix wins;
 * where it no longer occurs as written, the closest passage is taken if it is close enough.
 * Null when the passage is gone.
 */
export function reanchorQuote(pageText: string, anchor: QuoteAnchor, options: ReanchorOptions = {}): AnchorMatch | null {
  if (anchor.quote.trim() === '') return null;

  const exact = occurrences(pageText, anchor.quote);
  if (exact.length > 0) {
    const start = bestByContext(pageText, exact, anchor.quote.length, anchor.prefix, anchor.suffix);
    return { start, end: start + anchor.quote.length, method: 'exact', distance: 0 };
  }

  const page = foldText(pageText);
  const quote = foldQuery(anchor.quote);
  const prefix = foldText(anchor.prefix).text;
  const suffix = foldText(anchor.suffix).text;
  const toOriginal = (start: number, end: number) => ({
    start: page.origin[start]!,
    end: page.origin[end - 1]! + 1,
  });

  const folded = occurrences(page.text, quote);
  if (folded.length > 0) {
    const start = bestByContext(page.text, folded, quote.length, prefix, suffix);
    return { ...toOriginal(start, start + quote.length), method: 'folded', distance: 0 };
  }

  const maxEdits = Math.floor(quote.length * (options.maxEditRatio ?? DEFAULT_EDIT_RATIO));
  if (maxEdits === 0) return null;
  const ends = approximateEnds(page.text, quote, maxEdits)
    .sort((a, b) => a.distance - b.distance || a.end - b.end)
    .slice(0, MAX_FUZZY_CANDIDATES);
  if (ends.length === 0) return null;
  const candidates = ends.map(({ end }) => matchStart(page.text, quote, end, maxEdits));
  const fewest = Math.min(...candidates.map((candidate) => candidate.distance));
  const closest = candidates.filter((candidate) => candidate.distance === fewest);
  let best = closest[0]!;
  let bestScore = -1;
  for (const candidate of closest) {
    const score = contextScore(page.text, candidate.start, candidate.end, prefix, suffix);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return { ...toOriginal(best.start, best.end), method: 'fuzzy', distance: best.distance };
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function bestByContext(text: string, starts: number[], length: number, prefix: string, suffix: string): number {
  let best = starts[0]!;
  let bestScore = -1;
  for (const start of starts) {
    const score = contextScore(text, start, start + length, prefix, suffix);
    if (score > bestScore) {
      best = start;
      bestScore = score;
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
