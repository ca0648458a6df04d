/**
 * Card details that know the team glossary: a team entity's id is answered from the followed
 * entries (the bundled corpus does not hold it), and a bundled entity's card gets what team
 * entries add to it. Entries are read per request, so a card opened after an edit shows it.
 */
import { teamEntityDetails, teamEntityEntry, withTeamExtensions, type TeamEntry } from '../notes/team-glossary';
import type { DetailsLookup } from './entity-details-lookup';

export function withTeamDetails(bundled: DetailsLookup, team: () => Promise<{ entries: readonly TeamEntry[] }>): DetailsLookup {
  return async (id) => {
    const { entries } = await team();
    const own = teamEntityEntry(entries, id);
    if (own) {
      return teamEntityDetails(own, async (target) => {
        const other = teamEntityEntry(entries, target);
        if (other) return { name: other.name, type: other.type };
        const details = await bundled(target);
        return details ? { name: details.entity.shortName, type: details.entity.type } : undefined;
      });
    }
    const details = await bundled(id);
    return details ? withTeamExtensions(details, entries) : null;
  };
}
