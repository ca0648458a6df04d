import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Corpus, Entity, EntityType } from '../../../lib/shared/corpus-format/corpus-schema';
import type { IndexedDbEnvironment } from '../../../lib/corpus/db';

/** A fresh, empty IndexedDB per call, so tests never share state. */
export function freshIndexedDb(): IndexedDbEnvironment {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function entity(id: string, type: EntityType, name: string, aliases: string[] = [], summary = ''): Entity {
  return { id, name, shortName: name, type, aliases, variants: [], summary, facts: [], relations: [], positions: [], rules: [], sources: [] };
}

export const corpusV1: Corpus = {
  version: 'v1',
  entities: [
    entity('cicir', 'organization', 'China Institutes of Contemporary International Relations', ['CICIR'],
      'A Chinese government-affiliated think tank.'),
    entity('csis', 'organization', 'Center for Strategic and International Studies', ['CSIS'],
      'A think tank in Washington that co-hosted the bilateral dialogue.'),
    entity('un-gge', 'process', 'UN Group of Governmental Experts', ['GGE', 'UN GGE'],
      'Experts who report on norms of state behaviour in cyberspace.'),
    entity('china', 'country', 'China', ["People's Republic of China", 'PRC']),
  ],
};

/** The next release: csis renamed, china removed, secd added. */
export const corpusV2: Corpus = {
  version: 'v2',
  entities: [
    corpusV1.entities[0]!,
    entity('csis', 'organization', 'Center for Strategic & International Studies', ['CSIS'], 'Renamed in v2.'),
    corpusV1.entities[2]!,
    entity('secd', 'process', 'Sino-US Cybersecurity Dialogue', ['SECD'], 'A track-2 dialogue between think tanks.'),
  ],
};
