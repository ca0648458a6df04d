import * as Y from 'yjs';
import { checkTeamEntry, formatTeamEntryProblem } from './check-team-entry';
import { entriesMap, LIST_FIELDS } from './glossary-layout';
import type { TeamEntry } from './team-entry-types';

/**
 * The team glossary in a notes export file (`glossary`, next to `notes`). Every entry is checked
 * with the same rules as a peer's before anything is written; an import adds the entries the
 * space lacks and leaves the ones it has.
 */
export function checkExportedGlossary(value: unknown): { entries?: TeamEntry[]; problem?: string } {
  if (value === undefined) return { entries: [] };
  if (!Array.isArray(value)) return { problem: 'glossary: expected an array of team glossary entries' };
  const entries: TeamEntry[] = [];
  const seen = new Set<string>();
  for (const [i, item] of value.entries()) {
    const rules = (item as { rules?: unknown } | null)?.rules;
    const inherited = Array.isArray(rules) ? rules.flatMap((r) => (typeof r?.form === 'string' ? [r.form as string] : [])) : [];
    const { entry, problems } = checkTeamEntry(item, inherited);
    const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? (item as { id: string }).id : `#${i}`;
    if (!entry) return { problem: `glossary[${i}]: ${formatTeamEntryProblem(id, problems[0] ?? { field: '', message: 'malformed' })}` };
    if (seen.has(entry.id)) return { problem: `glossary[${i}].id: "${entry.id}" is used by an earlier entry` };
    seen.add(entry.id);
    entries.push(entry);
  }
  return { entries };
}

/** Adds the entries the glossary document lacks, as they were (authors and times kept); returns their ids. */
export function importGlossaryEntries(doc: Y.Doc, entries: readonly TeamEntry[]): string[] {
  const map = entriesMap(doc);
  const added = entries.filter((e) => !map.has(e.id));
  if (added.length === 0) return [];
  doc.transact(() => {
    for (const entry of added) {
      const fields = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(entry)) {
        if (value === undefined) continue;
        if ((LIST_FIELDS as readonly string[]).includes(key)) {
          const list = new Y.Array<unknown>();
          list.push(value as unknown[]);
          fields.set(key, list);
        } else {
          fields.set(key, value);
        }
      }
      map.set(entry.id, fields);
    }
  });
  return added.map((e) => e.id);
}
