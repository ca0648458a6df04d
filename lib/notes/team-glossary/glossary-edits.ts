import * as Y from 'yjs';
import type { NoteAuthor } from '../note-types';
import { checkTeamEntry, checkTeamEntryFields, type TeamEntryProblem } from './check-team-entry';
import { formatClash, teamClashes, type BundledOwner } from './form-clashes';
import { entriesMap, LIST_FIELDS, SCALAR_FIELDS } from './glossary-layout';
import { readTeamGlossary } from './read-team-glossary';
import type { TeamEntry } from './team-entry-types';

/**
 * Writing a member's entry: the draft is checked whole (shared rules, sources, size), then
 * against the bundled corpus and the team's other entries (alias clashes, relation targets, the
 * entity it extends). Anything wrong refuses the whole draft and says what; a valid one is
 * written in one transaction.
 */
export type SaveResult = { saved: TeamEntry; problems: [] } | { saved?: undefined; problems: TeamEntryProblem[] };

export interface SaveContext {
  author: NoteAuthor;
  /** The bundled corpus's entities, for clashes, extensions and relation targets. */
  bundled: readonly BundledOwner[];
  now?: string;
}

export function saveTeamEntry(doc: Y.Doc, draft: unknown, context: SaveContext): SaveResult {
  const bundledById = new Map(context.bundled.map((b) => [b.id, b]));
  const extendsId = typeof (draft as { extends?: unknown } | null)?.extends === 'string' ? (draft as { extends: string }).extends : undefined;
  const base = extendsId ? bundledById.get(extendsId) : undefined;
  const { fields, problems } = checkTeamEntryFields(draft, base ? [base.name, ...base.aliases] : []);
  if (!fields) return { problems };
  if (fields.extends !== undefined && !base) problems.push({ field: 'extends', message: `no bundled entity has the id "${fields.extends}"` });
  if (fields.extends === undefined && bundledById.has(fields.id)) {
    problems.push({ field: 'id', message: `"${fields.id}" is a bundled entity's id; to add to it, extend it instead` });
  }
  const others = readTeamGlossary(doc).entries.filter((e) => e.id !== fields.id);
  const known = new Set([...bundledById.keys(), ...others.map((e) => e.id), fields.id]);
  fields.relations.forEach((r, i) => {
    if (!known.has(r.target)) problems.push({ field: `relations[${i}].target`, message: `unknown entity id "${r.target}"` });
  });
  for (const clash of teamClashes([...others, fields], context.bundled)) {
    if (clash.entryId === fields.id) problems.push({ field: clash.field, message: formatClash(clash) });
  }
  if (problems.length > 0) return { problems };

  const now = context.now ?? new Date().toISOString();
  const author = { id: context.author.id, name: context.author.name };
  doc.transact(() => {
    const map = entriesMap(doc);
    let entry = map.get(fields.id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      map.set(fields.id, entry);
      (entry as Y.Map<unknown>).set('id', fields.id);
      (entry as Y.Map<unknown>).set('addedBy', author);
      (entry as Y.Map<unknown>).set('addedAt', now);
    }
    const fieldsMap = entry as Y.Map<unknown>;
    for (const key of SCALAR_FIELDS) {
      const value = fields[key];
      if (value === undefined) {
        if (fieldsMap.has(key)) fieldsMap.delete(key);
      } else if (fieldsMap.get(key) !== value) {
        fieldsMap.set(key, value);
      }
    }
    for (const key of LIST_FIELDS) syncList(fieldsMap, key, fields[key]);
    fieldsMap.set('changedBy', author);
    fieldsMap.set('changedAt', now);
  });
  const saved = checkTeamEntry(readBack(doc, fields.id), base ? [base.name, ...base.aliases] : []).entry;
  if (!saved) throw new Error(`team entry "${fields.id}" was written but does not read back`);
  return { saved, problems: [] };
}

export function removeTeamEntry(doc: Y.Doc, id: string): void {
  entriesMap(doc).delete(id);
}

/**
 * Makes a shared list hold `wanted`, touching only what changed: items a peer added meanwhile
 * that this draft has too stay where they are, and nothing is rewritten that did not change.
 */
function syncList(entry: Y.Map<unknown>, key: string, wanted: readonly unknown[]): void {
  let list = entry.get(key);
  if (!(list instanceof Y.Array)) {
    list = new Y.Array<unknown>();
    entry.set(key, list);
  }
  const array = list as Y.Array<unknown>;
  const want = new Set(wanted.map((w) => JSON.stringify(w)));
  const kept = new Set<string>();
  const items = array.toArray();
  for (let i = items.length - 1; i >= 0; i--) {
    const k = JSON.stringify(items[i]);
    if (!want.has(k) || kept.has(k)) array.delete(i, 1);
    else kept.add(k);
  }
  const missing = wanted.filter((w) => !kept.has(JSON.stringify(w)));
  if (missing.length) array.push(missing.map((m) => structuredClone(m)));
}

function readBack(doc: Y.Doc, id: string): unknown {
  const entry = entriesMap(doc).get(id);
  return entry instanceof Y.Map ? entry.toJSON() : undefined;
}
