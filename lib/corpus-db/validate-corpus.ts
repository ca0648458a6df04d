import {
  ENTITY_TYPES,
  type AliasRule,
  type Corpus,
  type Entity,
  type EntityType,
  type Fact,
  type Relation,
  type SourceExcerpt,
} from '../corpus-schema';

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

type Fail = (path: string, expected: string, value: unknown) => never;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function record(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as Record<string, unknown>;
}

function string(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value as string;
}

function nonEmpty(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty string', value);
  return value as string;
}

function offset(value: unknown, path: string, fail: Fail): number {
  if (!Number.isInteger(value) || (value as number) < 0) fail(path, 'a non-negative integer', value);
  return value as number;
}

function list<T>(value: unknown, path: string, fail: Fail, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
  return (value as unknown[]).map((v, i) => item(v, `${path}[${i}]`));
}

function fact(value: unknown, path: string, fail: Fail): Fact {
  const o = record(value, path, fail);
  return { text: nonEmpty(o.text, `${path}.text`, fail), source: nonEmpty(o.source, `${path}.source`, fail) };
}

function relation(value: unknown, path: string, fail: Fail): Relation {
  const o = record(value, path, fail);
  return {
    type: nonEmpty(o.type, `${path}.type`, fail),
    target: nonEmpty(o.target, `${path}.target`, fail),
    source: nonEmpty(o.source, `${path}.source`, fail),
  };
}

function rule(value: unknown, path: string, fail: Fail): AliasRule {
  const o = record(value, path, fail);
  const out: AliasRule = { form: nonEmpty(o.form, `${path}.form`, fail) };
  if (o.ambiguous !== undefined) {
    if (typeof o.ambiguous !== 'boolean') fail(`${path}.ambiguous`, 'a boolean', o.ambiguous);
    out.ambiguous = o.ambiguous as boolean;
  }
  if (o.cues !== undefined) out.cues = list(o.cues, `${path}.cues`, fail, (v, p) => nonEmpty(v, p, fail));
  if (o.introduced !== undefined) {
    if (typeof o.introduced !== 'boolean') fail(`${path}.introduced`, 'a boolean', o.introduced);
    out.introduced = o.introduced as boolean;
  }
  return out;
}

function excerpt(value: unknown, path: string, fail: Fail): SourceExcerpt {
  const o = record(value, path, fail);
  const start = offset(o.start, `${path}.start`, fail);
  const end = offset(o.end, `${path}.end`, fail);
  if (end < start) fail(`${path}.end`, `an offset not before start (${start})`, end);
  return { doc: nonEmpty(o.doc, `${path}.doc`, fail), start, end, quote: string(o.quote, `${path}.quote`, fail) };
}

function entity(value: unknown, path: string, fail: Fail): Entity {
  const o = record(value, path, fail);
  const id = nonEmpty(o.id, `${path}.id`, fail);
  // Once the id is known, name the entity in paths: "entities[41] (cicir).aliases[2]".
  const at = `${path} (${id})`;
  if (!ENTITY_TYPES.includes(o.type as EntityType)) fail(`${at}.type`, `one of ${ENTITY_TYPES.join(', ')}`, o.type);
  return {
    id,
    name: nonEmpty(o.name, `${at}.name`, fail),
    type: o.type as EntityType,
    aliases: list(o.aliases, `${at}.aliases`, fail, (v, p) => nonEmpty(v, p, fail)),
    summary: string(o.summary, `${at}.summary`, fail),
    facts: list(o.facts, `${at}.facts`, fail, (v, p) => fact(v, p, fail)),
    relations: list(o.relations, `${at}.relations`, fail, (v, p) => relation(v, p, fail)),
    positions: list(o.positions, `${at}.positions`, fail, (v, p) => fact(v, p, fail)),
    rules: list(o.rules, `${at}.rules`, fail, (v, p) => rule(v, p, fail)),
    sources: list(o.sources, `${at}.sources`, fail, (v, p) => excerpt(v, p, fail)),
  };
}

/**
 * Checks that parsed JSON has the shape of `Corpus` and returns it typed, keeping only the
 * declared fields. `origin` names the file in error messages.
 */
export function validateCorpus(value: unknown, origin = 'corpus'): Corpus {
  const fail: Fail = (path, expected, found) => {
    throw new CorpusShapeError(origin, path, expected, describe(found));
  };
  const o = record(value, '(top level)', fail);
  const version = nonEmpty(o.version, 'version', fail);
  const entities = list(o.entities, 'entities', fail, (v, p) => entity(v, p, fail));
  const seen = new Map<string, number>();
  entities.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) fail(`entities[${i}].id`, `an id not already used by entities[${first}]`, e.id);
    seen.set(e.id, i);
  });
  return { version, entities };
}
