import type { EntitySearch } from './entity-search';
import { searchTerms } from './terms';

/** What "Look up in Attaché" opens for a selection: one entity, or the search for the text. */
export type SelectionTarget = { entityId: string } | { query: string };

// Selections longer than this are passages, not names: search their start instead.
const MAX_QUERY_LENGTH = 120;

/**
 * The selection as a reader means it: whitespace collapsed (selections span lines), quotes
 * and brackets around it and a possessive "'s" dropped ("the GGE's" means the GGE).
 */
export function cleanSelection(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\p{Ps}\p{Pi}"'`,;:.!?]+|[\p{Pe}\p{Pf}"'`,;:.!?]+$/gu, '')
    .replace(/['’]s$/u, '')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * An exact name or alias opens that entity (the most central one if several share the form);
 * a selection whose every word matches the name or aliases of one entity only opens it too (a
 * variant or misspelt name); anything else opens the search results. Returns null when nothing
 * searchable is selected.
 */
export function resolveSelection(search: EntitySearch, selectionText: string): SelectionTarget | null {
  const query = cleanSelection(selectionText);
  if (searchTerms(query).length === 0) return null;
  const exact = search.exactMatches(query)[0];
  if (exact) return { entityId: exact.id };
  const hits = search.search(query, { limit: 2, namesOnly: true });
  if (hits.length === 1) return { entityId: hits[0]!.entry.id };
  return { query };
}
