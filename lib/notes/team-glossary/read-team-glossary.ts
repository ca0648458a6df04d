import * as Y from 'yjs';
import { checkTeamEntry, formatTeamEntryProblem } from './check-team-entry';
import { entriesMap, LIST_FIELDS } from './glossary-layout';
import { MAX_TEAM_ENTRIES, type TeamEntry } from './team-entry-types';

/**
 * The boundary between the glossary document, which any member of the space (or a buggy or
 * hostile client holding a token) can write, and the entries the extension shows and
 * recognises. Each entry is checked whole with the shared rules (`check-team-entry.ts`); one
 * that fails is skipped and reported, never breaking the rest. Nothing here throws.
 */
export interface ReadTeamGlossaryResult {
  entries: TeamEntry[];
  /** One line per skipped entry: which, which field, what was expected. */
  problems: string[];
}

/** The forms of a bundled entity, which an entry extending it may give rules for. */
export type BundledFormsOf = (id: string) => readonly string[] | undefined;

export function readTeamGlossary(doc: Y.Doc, bundledForms?: BundledFormsOf): ReadTeamGlossaryResult {
  const entries: TeamEntry[] = [];
  const problems: string[] = [];
  let count = 0;
  entriesMap(doc).forEach((value, key) => {
    count += 1;
    if (count > MAX_TEAM_ENTRIES) {
      if (count === MAX_TEAM_ENTRIES + 1) problems.push(`the team glossary has more than ${MAX_TEAM_ENTRIES} entries; the rest are skipped`);
      return;
    }
    const plain = plainEntry(value);
    if (plain === undefined) {
      problems.push(formatTeamEntryProblem(key, { field: '', message: 'skipped: expected a shared map of fields' }));
      return;
    }
    const extendsId = typeof plain.extends === 'string' ? plain.extends : undefined;
    // Without the bundled corpus at hand, an extension's rules may name its bundled forms.
    const inherited = extendsId === undefined ? [] : bundledForms ? (bundledForms(extendsId) ?? []) : ruleForms(plain.rules);
    const { entry, problems: found } = checkTeamEntry(plain, inherited);
    if (entry && entry.id !== key) {
      problems.push(formatTeamEntryProblem(key, { field: 'id', message: `skipped: expected the key "${key.slice(0, 64)}", got "${entry.id}"` }));
    } else if (entry) {
      entries.push(entry);
    } else {
      const [first] = found;
      problems.push(formatTeamEntryProblem(key, { field: first?.field ?? '', message: `skipped: ${first?.message ?? 'malformed'}` }));
    }
  });
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return { entries, problems };
}

/**
 * An entry's map as plain data. Two members adding the same alias or fact at once both insert
 * it; one copy is enough, so identical list items are merged here.
 */
function plainEntry(value: unknown): Record<string, unknown> | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  const plain: Record<string, unknown> = {};
  value.forEach((field, key) => {
    if ((LIST_FIELDS as readonly string[]).includes(key) && field instanceof Y.Array) {
      const seen = new Set<string>();
      plain[key] = field.toArray().filter((item) => {
        const k = JSON.stringify(item);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    } else {
      plain[key] = field instanceof Y.AbstractType ? { unexpected: 'shared type' } : field;
    }
  });
  return plain;
}

function ruleForms(rules: unknown): string[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((r) => (typeof r === 'object' && r !== null && typeof (r as { form?: unknown }).form === 'string' ? [(r as { form: string }).form.trim()] : []));
}
