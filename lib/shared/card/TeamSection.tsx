import type { TeamDetails } from './entity-details';
import { AliasLine } from './AliasLine';
import { shortDate, TeamFactList } from './TeamFactList';

export interface TeamSectionProps {
  team: TeamDetails;
  expanded?: boolean;
}

/**
 * What the team glossary holds on the card's entity, marked as the team's with who added and
 * changed each entry: the whole entry for a team entity, a "From your team" part apart from the
 * bundled text for additions to a bundled entity.
 */
export function TeamSection({ team, expanded }: TeamSectionProps) {
  const visible = expanded ? Infinity : undefined;
  return (
    <section class="ac-team" aria-label={team.kind === 'own' ? 'Team glossary entry' : 'From your team'}>
      {team.kind === 'extension' && <h3 class="ac-team-heading">From your team</h3>}
      {team.parts.map((part) => (
        <div class="ac-team-part" key={part.entryId}>
          {team.kind === 'extension' && <AliasLine aliases={part.aliases} />}
          <TeamFactList heading="Key facts" facts={part.facts} visible={visible} />
          <TeamFactList heading="Positions" facts={part.positions} visible={visible} />
          <p class="ac-team-by">
            Added by {part.addedBy} on {shortDate(part.addedAt)}
            {(part.changedAt !== part.addedAt || part.changedBy !== part.addedBy) &&
              `, changed by ${part.changedBy} on ${shortDate(part.changedAt)}`}
          </p>
        </div>
      ))}
    </section>
  );
}
