import * as Y from 'yjs';

/**
 * Where a space's glossary document keeps its entries: one top-level map from entry id to a
 * map of that entry's fields. Scalar fields (name, type, summary, extends, authorship) are
 * values, so the last writer of each wins; the list fields are shared arrays, so two members
 * adding an alias or a fact to one entry at once both keep theirs.
 *
 *   entries: Y.Map<id, Y.Map{
 *     id, extends?, name?, type?, summary?: string,
 *     aliases: Y.Array<string>, facts, positions: Y.Array<{ text, source }>,
 *     relations: Y.Array<{ type, target, source }>, rules: Y.Array<AliasRule>,
 *     addedBy, changedBy: { id, name }, addedAt, changedAt: ISO timestamps,
 *   }>
 */
export const ENTRIES_KEY = 'entries';
export const SCALAR_FIELDS = ['extends', 'name', 'type', 'summary'] as const;
export const LIST_FIELDS = ['aliases', 'facts', 'relations', 'positions', 'rules'] as const;

export function entriesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ENTRIES_KEY);
}
