import type { Entity } from '../../shared/corpus-format/corpus-schema';
import type { TeamEntry } from './team-entry-types';

/** An entry of the team's own as an entity (no bundled facts or excerpts: its facts cite pages). */
export function teamEntity(entry: TeamEntry & Required<Pick<TeamEntry, 'name' | 'type'>>): Entity {
  return {
    id: entry.id,
    name: entry.name,
    shortName: entry.name,
    type: entry.type,
    aliases: entry.aliases,
    variants: [],
    summary: entry.summary ?? '',
    facts: [],
    relations: [],
    positions: [],
    rules: entry.rules,
    sources: [],
  };
}

/** The entries that are entities of the team's own: not extensions, with a name and a type. */
export function isTeamEntity(entry: TeamEntry): entry is TeamEntry & Required<Pick<TeamEntry, 'name' | 'type'>> {
  return entry.extends === undefined && entry.name !== undefined && entry.type !== undefined;
}
