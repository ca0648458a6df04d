import type { Entity, EntityType } from '../../shared/corpus-format/corpus-schema';

/** The part of an entity that search indexes and lists; small enough to cache. */
export interface SearchEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  summary: string;
  /** Mentions of the entity in the source documents: how central it is to the corpus. */
  mentions: number;
}

export function toSearchEntry(entity: Entity): SearchEntry {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    summary: entity.summary,
    mentions: entity.sources.length,
  };
}
