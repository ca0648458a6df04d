import { createHash } from 'node:crypto';
import type { AliasRule, Corpus, Entity, Fact, GlossaryEntity, Relation, SourceExcerpt } from '../../shared/corpus-format/corpus-schema';

/**
 * The corpus in canonical form: entities sorted by id, every object's keys in schema order,
 * and a version that is a hash of exactly that content. The same glossary and sources give the
 * same bytes, so the version changes exactly when the data does.
 */
export function assembleCorpus(entities: GlossaryEntity[], excerpts: Map<string, SourceExcerpt[]>): Corpus {
  const sorted = [...entities]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => canonicalEntity(e, excerpts.get(e.id) ?? []));
  return { version: contentVersion(sorted), entities: sorted };
}

export function serializeCorpus(corpus: Corpus): string {
  return JSON.stringify({ version: corpus.version, entities: corpus.entities }) + '\n';
}

function contentVersion(entities: Entity[]): string {
  return createHash('sha256').update(JSON.stringify(entities)).digest('hex').slice(0, 12);
}

function canonicalEntity(e: GlossaryEntity, sources: SourceExcerpt[]): Entity {
  return {
    id: e.id,
    name: e.name,
    shortName: e.shortName,
    type: e.type,
    aliases: [...e.aliases],
    variants: [...e.variants],
    summary: e.summary,
    facts: e.facts.map(fact),
    relations: e.relations.map(relation),
    positions: e.positions.map(fact),
    rules: e.rules.map(rule),
    sources: sources.map(excerpt),
  };
}

const fact = (f: Fact): Fact => ({ text: f.text, source: f.source });
const relation = (r: Relation): Relation => ({ type: r.type, target: r.target, source: r.source });
const excerpt = (s: SourceExcerpt): SourceExcerpt => ({ doc: s.doc, start: s.start, end: s.end, quote: s.quote });

function rule(r: AliasRule): AliasRule {
  return {
    form: r.form,
    ...(r.ambiguous !== undefined ? { ambiguous: r.ambiguous } : {}),
    ...(r.cues !== undefined ? { cues: [...r.cues] } : {}),
    ...(r.introduced !== undefined ? { introduced: r.introduced } : {}),
  };
}
