import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from '../notes/note-types';
import type { PageSelection } from '../page/selection/quote-selection';

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
