import type { Entity } from '../../shared/corpus-format/corpus-schema';
import type { TeamEntry } from '../../notes/team-glossary';

/** What the recogniser payload needs of an entity. */
export type RecognizedEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'rules'>;

/**
 * The bundled entities with the team's entries added: an entry of the team's own becomes an
 * entity; an entry extending a bundled one adds its aliases and rules to that entity, so its
 * mentions open the bundled card. Entries that would replace a bundled id, or lack a name or
 * type, are left out (a peer's entry is checked as it is read, not against the corpus).
 */
export function withTeamEntries(bundled: readonly RecognizedEntity[], team: readonly TeamEntry[]): RecognizedEntity[] {
  const byId = new Map(bundled.map((e) => [e.id, e]));
  for (const entry of team) {
    if (entry.extends !== undefined) {
      const base = byId.get(entry.extends);
      if (!base) continue;
      const known = new Set([base.name, ...base.aliases]);
      byId.set(base.id, {
        ...base,
        aliases: [...base.aliases, ...entry.aliases.filter((a) => !known.has(a))],
        rules: [...base.rules, ...entry.rules.filter((r) => !base.rules.some((b) => b.form === r.form))],
      });
    } else if (!byId.has(entry.id) && entry.name !== undefined && entry.type !== undefined) {
      byId.set(entry.id, { id: entry.id, name: entry.name, type: entry.type, aliases: entry.aliases, rules: entry.rules });
    }
  }
  return [...byId.values()];
}
