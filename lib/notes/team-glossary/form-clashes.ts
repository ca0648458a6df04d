import { formClashes, type FormOwner } from '../../shared/corpus-format/form-clashes';
import type { TeamEntry, TeamEntryFields } from './team-entry-types';

/**
 * Alias clashes between a team's entries and the bundled corpus or each other, with the rule
 * the bundled glossary applies (`lib/shared/corpus-format/form-clashes.ts`): a form may belong
 * to two entities only if each has cues for it. An entry that extends a bundled entity speaks
 * for that entity, so its aliases never clash with the entity's own.
 */
export interface BundledOwner {
  id: string;
  name: string;
  aliases: readonly string[];
  rules: FormOwner['rules'];
}

export interface TeamClash {
  /** The team entry whose form clashes. */
  entryId: string;
  form: string;
  field: string;
  /** The entity it clashes with. */
  with: { id: string; name: string; team: boolean };
}

interface Owner extends FormOwner {
  entryId?: string;
  label: string;
}

export function teamClashes(entries: readonly (TeamEntry | TeamEntryFields)[], bundled: readonly BundledOwner[]): TeamClash[] {
  const bundledById = new Map(bundled.map((b) => [b.id, b]));
  const owners: Owner[] = [
    ...bundled.map((b) => ({ id: b.id, name: b.name, aliases: b.aliases, rules: b.rules, label: b.name })),
    ...entries.map((e) => ({
      id: e.extends ?? `team:${e.id}`,
      ...(e.name !== undefined ? { name: e.name } : {}),
      aliases: e.aliases,
      rules: [...e.rules, ...(e.extends ? (bundledById.get(e.extends)?.rules ?? []) : [])],
      entryId: e.id,
      label: e.name ?? bundledById.get(e.extends ?? '')?.name ?? e.id,
    })),
  ];
  const clashes: TeamClash[] = [];
  for (const { claim, others } of formClashes(owners)) {
    const entryId = claim.owner.entryId;
    if (entryId === undefined) continue;
    const other = others[0]!.owner;
    clashes.push({
      entryId,
      form: claim.form,
      field: claim.at === 'name' ? 'name' : `aliases[${claim.at}]`,
      with: { id: other.entryId ?? other.id, name: other.label, team: other.entryId !== undefined },
    });
  }
  return clashes;
}

export function formatClash(c: TeamClash): string {
  const whose = c.with.team ? 'the team entry' : 'the bundled entity';
  return `"${c.form}" is also a name of ${whose} "${c.with.name}" (${c.with.id}); add a rule with cues for it to tell them apart`;
}
