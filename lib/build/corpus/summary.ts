import { ENTITY_TYPES, type Corpus } from '../../shared/corpus-format/corpus-schema';

/** "corpus 3f2a…: 277 entities (12 organization, …), 1404 excerpts" */
export function summarizeCorpus(corpus: Corpus): string {
  const counts = ENTITY_TYPES.map((type) => [type, corpus.entities.filter((e) => e.type === type).length] as const)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`);
  const excerpts = corpus.entities.reduce((n, e) => n + e.sources.length, 0);
  return `corpus ${corpus.version}: ${corpus.entities.length} entities (${counts.join(', ')}), ${excerpts} excerpts`;
}
