/**
 * The passage a page note quotes, as it crosses from a page to the notes: its shape, its
 * bounds, and the check of a content script's answer. Here rather than in lib/notes because
 * page code builds it and must not load the notes.
 */

/**
 * The passage selected on a page: the text and a little of what surrounds it, so the passage
 * can be found again after the page changes (`anchorPassages`). This is all a content script
 * ever gives the notes; it never receives a note's text.
 */
export interface PageSelection {
  quote: string;
  prefix: string;
  suffix: string;
}

export const MAX_QUOTE_LENGTH = 2000;
export const MAX_CONTEXT_LENGTH = 200;

/**
 * A content script's answer to `get-selection`, checked: the page it runs in can disturb it,
 * and what passes here becomes part of a note every member receives. Null for no selection;
 * throws on anything that is not a selection.
 */
export function readPageSelection(value: unknown): PageSelection | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') throw new Error('the page answered with something other than a selection');
  const { quote, prefix, suffix } = value as Record<string, unknown>;
  const text = (field: unknown, name: string, max: number) => {
    if (typeof field !== 'string') throw new Error(`the page's selection has no ${name} text`);
    return field.slice(0, max);
  };
  const checked = {
    quote: text(typeof quote === 'string' ? quote.trim() : quote, 'quoted', MAX_QUOTE_LENGTH),
    prefix: text(prefix, 'preceding', MAX_CONTEXT_LENGTH),
    suffix: text(suffix, 'following', MAX_CONTEXT_LENGTH),
  };
  return checked.quote === '' ? null : checked;
}
