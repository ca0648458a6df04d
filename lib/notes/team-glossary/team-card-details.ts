/**
 * Team entries as a card shows them: an entry of the team's own becomes an entity of its own,
 * entries extending a bundled entity become a "from your team" part of its card. The one card
 * type (`EntityDetails`) carries both; the card renders every field as text.
 */
import type { EntityDetails, RelatedEntity, TeamCardFact, TeamCardPart } from '../../shared/card/entity-details';
import type { TeamEntry, TeamFact } from './team-entry-types';
import { isTeamEntity, teamEntity } from './team-entity';

/** Name and type of an entity a team relation points to, or undefined where none is known. */
export type EntityLabel = (id: string) => Promise<Pick<RelatedEntity, 'name' | 'type'> | undefined>;

/** The team entity with this id (not an extension), or undefined. */
export function teamEntityEntry(entries: readonly TeamEntry[], id: string): (TeamEntry & Required<Pick<TeamEntry, 'name' | 'type'>>) | undefined {
  return entries.filter(isTeamEntity).find((e) => e.id === id);
}

export async function teamEntityDetails(entry: TeamEntry & Required<Pick<TeamEntry, 'name' | 'type'>>, label: EntityLabel): Promise<EntityDetails> {
  const entity = teamEntity(entry);
  const related: RelatedEntity[] = [];
  for (const r of entry.relations) {
    const target = r.target === entry.id ? undefined : await label(r.target);
    if (target) related.push({ id: r.target, ...target, relation: r.type, direction: 'outgoing' });
  }
  return { entity, related, team: { kind: 'own', parts: [teamCardPart(entry, entry.aliases)] } };
}

/** A bundled entity's details with what team entries extending it add; unchanged when none do. */
export function withTeamExtensions(details: EntityDetails, entries: readonly TeamEntry[]): EntityDetails {
  const extensions = entries.filter((e) => e.extends === details.entity.id);
  if (extensions.length === 0) return details;
  const known = new Set([details.entity.name, ...details.entity.aliases].map((a) => a.toLowerCase()));
  const parts = extensions.map((e) => teamCardPart(e, e.aliases.filter((a) => !known.has(a.toLowerCase()))));
  return { ...details, team: { kind: 'extension', parts } };
}

export function teamCardPart(entry: TeamEntry, aliases: string[]): TeamCardPart {
  return {
    entryId: entry.id,
    aliases,
    facts: entry.facts.map(cardFact),
    positions: entry.positions.map(cardFact),
    addedBy: entry.addedBy.name,
    addedAt: entry.addedAt,
    changedBy: entry.changedBy.name,
    changedAt: entry.changedAt,
  };
}

function cardFact(fact: TeamFact): TeamCardFact {
  const { quote, title, url, date } = fact.source;
  return { text: fact.text, source: { quote, title, url, date } };
}
