import {
  ENTITY_TYPES,
  type AliasRule,
  type Corpus,
  type Entity,
  type EntityType,
  type Fact,
  type Relation,
  type SourceExcerpt,
} from './corpus-schema';
import { describeValue, shapeChecks, type ShapeChecks } from '../shape-check';

/** The corpus file does not have the shape of `Corpus`; the message names where and what. */
export class CorpusShapeError extends Error {
  constructor(
    readonly origin: string,
    readonly path: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`${origin}: ${path}: expected ${expected}, found ${found}`);
    this.name = 'CorpusShapeError';
  }
}

function fact(value: unknown, path: string, c: ShapeChecks): Fact {
  const o = c.record(value, path);
  return { text: c.nonEmptyString(o.text, `${path}.text`), source: c.nonEmptyString(o.source, `${path}.source`) };
}

function relation(value: unknown, path: string, c: ShapeChecks): Relation {
  const o = c.record(value, path);
  return {
    type: c.nonEmptyString(o.type, `${path}.type`),
    target: c.nonEmptyString(o.target, `${path}.target`),
    source: c.nonEmptyString(o.source, `${path}.source`),
  };
}

function rule(value: unknown, path: string, c: ShapeChecks): AliasRule {
  const o = c.record(value, path);
  const out: AliasRule = { form: c.nonEmptyString(o.form, `${path}.form`) };
  if (o.ambiguous !== undefined) out.ambiguous = c.boolean(o.ambiguous, `${path}.ambiguous`);
  if (o.cues !== undefined) out.cues = c.list(o.cues, `${path}.cues`, (v, p) => c.nonEmptyString(v, p));
  if (o.introduced !== undefined) out.introduced = c.boolean(o.introduced, `${path}.introduced`);
  return out;
}

function excerpt(value: unknown, path: string, c: ShapeChecks): SourceExcerpt {
  const o = c.record(value, path);
  const start = c.offset(o.start, `${path}.start`);
  const end = c.offset(o.end, `${path}.end`);
  if (end < start) c.fail(`${path}.end`, `an offset not before start (${start})`, end);
  return { doc: c.nonEmptyString(o.doc, `${path}.doc`), start, end, quote: c.string(o.quote, `${path}.quote`) };
}

function entity(value: unknown, path: string, c: ShapeChecks): Entity {
  const o = c.record(value, path);
  const id = c.nonEmptyString(o.id, `${path}.id`);
  // Once the id is known, name the entity in paths: "entities[41] (cicir).aliases[2]".
  const at = `${path} (${id})`;
  if (!ENTITY_TYPES.includes(o.type as EntityType)) c.fail(`${at}.type`, `one of ${ENTITY_TYPES.join(', ')}`, o.type);
  const name = c.nonEmptyString(o.name, `${at}.name`);
  return {
    id,
    name,
    // A corpus written before short names and variants existed reads as having none.
    shortName: o.shortName === undefined ? name : c.nonEmptyString(o.shortName, `${at}.shortName`),
    type: o.type as EntityType,
    aliases: c.list(o.aliases, `${at}.aliases`, (v, p) => c.nonEmptyString(v, p)),
    variants: o.variants === undefined ? [] : c.list(o.variants, `${at}.variants`, (v, p) => c.nonEmptyString(v, p)),
    summary: c.string(o.summary, `${at}.summary`),
    facts: c.list(o.facts, `${at}.facts`, (v, p) => fact(v, p, c)),
    relations: c.list(o.relations, `${at}.relations`, (v, p) => relation(v, p, c)),
    positions: c.list(o.positions, `${at}.positions`, (v, p) => fact(v, p, c)),
    rules: c.list(o.rules, `${at}.rules`, (v, p) => rule(v, p, c)),
    sources: c.list(o.sources, `${at}.sources`, (v, p) => excerpt(v, p, c)),
  };
}

/**
 * Checks that parsed JSON has the shape of `Corpus` and returns it typed, keeping only the
 * declared fields. `origin` names the file in error messages.
 */
export function validateCorpus(value: unknown, origin = 'corpus'): Corpus {
  const c = shapeChecks((path, expected, found) => {
    throw new CorpusShapeError(origin, path, expected, describeValue(found));
  });
  const o = c.record(value, '(top level)');
  const version = c.nonEmptyString(o.version, 'version');
  const entities = c.list(o.entities, 'entities', (v, p) => entity(v, p, c));
  const seen = new Map<string, number>();
  entities.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) c.fail(`entities[${i}].id`, `an id not already used by entities[${first}]`, e.id);
    seen.set(e.id, i);
  });
  return { version, entities };
}
