/**
 * An entity as a card shows it: the entity itself plus the names of the entities it is
 * related to, in both directions. The corpus stores relations on one side only ("CICIR
 * co-host of SECD"), so the card for SECD learns about CICIR from this index.
 */
import type { Entity, EntityType } from '../corpus-format/corpus-schema';

export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
  /** The verb phrase as the corpus states it: "co-host of". */
  relation: string;
  /**
   * `outgoing`: "<this entity> <relation> <related>"; `incoming`: "<related> <relation> <this
   * entity>".
   */
  direction: 'outgoing' | 'incoming';
}

export interface EntityDetails {
  entity: Entity;
  related: RelatedEntity[];
  /**
   * What the member's team glossary holds on this entity: the whole of it for an entity of the
   * team's own (`entity` then carries its name, type, aliases and summary, and no bundled facts),
   * or what team entries add to a bundled one, shown apart from the bundled text.
   */
  team?: TeamDetails;
}

/** A page a member read, as a team fact cites it. Peer data: shown as text, linked only if http(s). */
export interface TeamCitation {
  quote: string;
  title: string;
  url: string;
  /** ISO 8601 date or timestamp. */
  date: string;
}

export interface TeamCardFact {
  text: string;
  source: TeamCitation;
}

/** One team entry's share of a card, with who wrote it and when. */
export interface TeamCardPart {
  entryId: string;
  /** Names the entry adds (for an extension, only those the bundled entity lacks). */
  aliases: string[];
  facts: TeamCardFact[];
  positions: TeamCardFact[];
  addedBy: string;
  addedAt: string;
  changedBy: string;
  changedAt: string;
}

export interface TeamDetails {
  /** `own`: the entity is the team's; `extension`: team entries add to a bundled entity. */
  kind: 'own' | 'extension';
  parts: TeamCardPart[];
}

export interface RelationIndex {
  details(entity: Entity): EntityDetails;
}

interface Incoming {
  from: string;
  relation: string;
}

/**
 * Indexes names and incoming relations of the whole corpus once, keeping no facts or excerpts,
 * so the background can answer card requests without holding the corpus in memory.
 */
export function createRelationIndex(corpus: Iterable<Entity>): RelationIndex {
  const labels = new Map<string, { name: string; type: EntityType }>();
  const incoming = new Map<string, Incoming[]>();
  for (const entity of corpus) {
    labels.set(entity.id, { name: entity.name, type: entity.type });
    for (const r of entity.relations) {
      const list = incoming.get(r.target) ?? [];
      list.push({ from: entity.id, relation: r.type });
      incoming.set(r.target, list);
    }
  }

  return {
    details(entity) {
      const related: RelatedEntity[] = [];
      const seen = new Set<string>();
      const add = (id: string, relation: string, direction: RelatedEntity['direction']) => {
        const label = labels.get(id);
        const key = `${direction} ${relation} ${id}`;
        // Relations to ids outside the corpus cannot be opened, so they are not offered.
        if (!label || id === entity.id || seen.has(key)) return;
        seen.add(key);
        related.push({ id, ...label, relation, direction });
      };
      for (const r of entity.relations) add(r.target, r.type, 'outgoing');
      for (const r of incoming.get(entity.id) ?? []) add(r.from, r.relation, 'incoming');
      return { entity, related };
    },
  };
}
