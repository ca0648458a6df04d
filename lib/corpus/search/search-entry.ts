import type { Entity, EntityType } from '../../shared/corpus-format/corpus-schema';

/** The part of an entity that search indexes and lists; small enough to cache. */
export interface SearchEntry {
  id: string;
  /** The full official name. */
  name: string;
  /** The form readers know it by ("UN GGE"): the title of rows. */
  shortName: string;
  type: EntityType;
  aliases: string[];
  summary: string;
  /** Mentions of the entity in the source documents: how central it is to the corpus. */
  mentions: number;
  /** An entity of the member's team glossary, not of the bundled corpus. */
  team?: true;
}

export function toSearchEntry(entity: Entity): SearchEntry {
  return {
    id: entity.id,
    name: entity.name,
    shortName: entity.shortName,
    type: entity.type,
    aliases: entity.aliases,
    summary: entity.summary,
    mentions: entity.sources.length,
  };
}
