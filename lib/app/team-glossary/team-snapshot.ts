/**
 * The corpus snapshot an extension page searches and lists, with the team glossary in it: team
 * entities are found and listed like bundled ones (marked `team`), and cards get the team's
 * entries and additions. Rebuilt when the entries change; the bundled snapshot is kept as is.
 */
import type { CorpusSnapshot } from '../../corpus/corpus-snapshot';
import { createEntitySearch, toSearchEntry, type SearchEntry } from '../../corpus/search';
import type { EntityDetails } from '../../shared/card/entity-details';
import { createRelationIndex } from '../../shared/card/entity-details';
import { isTeamEntity, teamCardPart, teamEntity, withTeamExtensions, type TeamEntry } from '../../notes/team-glossary';

export function withTeamGlossary(snapshot: CorpusSnapshot, entries: readonly TeamEntry[]): CorpusSnapshot {
  if (entries.length === 0) return snapshot;
  const own = entries.filter(isTeamEntity).filter((e) => snapshot.entity(e.id) === undefined);
  const teamEntities = own.map(teamEntity);
  const byId = new Map(own.map((e) => [e.id, e]));
  const entityById = new Map(teamEntities.map((e) => [e.id, e]));
  const relatedIndex = createRelationIndex([
    ...snapshot.entities,
    ...own.map((e) => ({ ...teamEntity(e), relations: e.relations.map(({ type, target }) => ({ type, target, source: '' })) })),
  ]);
  const searchEntries: SearchEntry[] = [
    ...snapshot.entities.map(toSearchEntry),
    ...teamEntities.map((e) => ({ ...toSearchEntry(e), team: true as const })),
  ];
  return {
    search: createEntitySearch(searchEntries),
    entity: (id) => snapshot.entity(id) ?? entityById.get(id),
    details(id): EntityDetails | undefined {
      const entry = byId.get(id);
      if (entry) {
        const { related } = relatedIndex.details(entityById.get(id)!);
        return { entity: entityById.get(id)!, related, team: { kind: 'own', parts: [teamCardPart(entry, entry.aliases)] } };
      }
      const bundled = snapshot.details(id);
      return bundled && withTeamExtensions(bundled, entries);
    },
    entities: snapshot.entities,
  };
}
