import { ENTITY_TYPES, type EntityType } from '../../shared/corpus-format/corpus-schema';
import type { PageEntityCount } from '../../shared/messages';

export interface PageEntityRow {
  id: string;
  /** The short name the corpus gives it ("UN GGE"). */
  name: string;
  /** How the page writes it, when that differs from `name` beyond case and spacing. */
  form?: string;
  type: EntityType;
  count: number;
  /** In a PDF, the pages it is mentioned on. */
  pages?: number[];
  /** An entity of the team glossary. */
  team?: true;
}

export interface PageGroup {
  type: EntityType;
  rows: PageEntityRow[];
}

const GROUP_LABELS: Readonly<Record<EntityType, string>> = {
  organization: 'Organisations',
  person: 'People',
  instrument: 'Instruments',
  concept: 'Concepts',
  event: 'Events',
  process: 'Processes',
  country: 'Countries',
};

export const groupLabel = (type: EntityType): string => GROUP_LABELS[type];

/**
 * The entities of a page grouped by type, in the corpus's order of types, most mentioned
 * first within a group. Ids the corpus no longer knows (it was updated since the page was
 * read) are left out.
 */
export function groupPageMentions(
  mentions: readonly PageEntityCount[],
  lookup: (id: string) => { name: string; shortName: string; type: EntityType; team?: true } | undefined,
): PageGroup[] {
  const byType = new Map<EntityType, PageEntityRow[]>();
  const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const { id, count, form, pages } of mentions) {
    const known = lookup(id);
    if (!known) continue;
    const rows = byType.get(known.type) ?? [];
    const name = known.shortName;
    const row: PageEntityRow = { id, name, type: known.type, count, ...(pages ? { pages } : {}), ...(known.team ? { team: true as const } : {}) };
    if (form && key(form) !== key(name)) row.form = form;
    rows.push(row);
    byType.set(known.type, rows);
  }
  return ENTITY_TYPES.filter((type) => byType.has(type)).map((type) => ({
    type,
    rows: byType.get(type)!.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  }));
}
