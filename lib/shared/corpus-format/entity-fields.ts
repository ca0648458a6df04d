import { ENTITY_TYPES, ID_PATTERN, type AliasRule, type EntityType } from './corpus-schema';
import { splitSentences } from './sentences';

/**
 * The rules of an entity's fields, shared by the bundled glossary (seeds/glossary, checked at
 * build time) and a team's glossary (checked where a member writes an entry and where a peer's
 * entry is read). Only what a source is differs: a bundled fact cites one of the source
 * documents, a team fact the page a member read; the caller says how to read one.
 */

/** Where a field sits inside an entity: ["facts", 1, "source"]. */
export type FieldPath = (string | number)[];

export type ReportField = (path: FieldPath, message: string) => void;

export interface SourcedFact<S> {
  text: string;
  source: S;
}

export interface SourcedRelation<S> {
  type: string;
  target: string;
  source: S;
}

export interface CheckedEntityFields<S> {
  id: string;
  /** Absent only in a partial entity (`partial`), which takes them from the one it extends. */
  name?: string;
  /** The form readers know ("UN GGE"): the name or one of the aliases; absent when it is the name. */
  shortName?: string;
  type?: EntityType;
  summary?: string;
  aliases: string[];
  /** Aliases that are only spellings of another form: recognised, not listed as other names. */
  variants: string[];
  facts: SourcedFact<S>[];
  relations: SourcedRelation<S>[];
  positions: SourcedFact<S>[];
  rules: AliasRule[];
}

export const ENTITY_FIELDS = ['id', 'name', 'shortName', 'type', 'aliases', 'variants', 'rules', 'summary', 'facts', 'relations', 'positions'] as const;

export interface EntityFieldOptions<S> {
  /** Reads a fact's, position's or relation's source; reports and returns undefined when wrong. */
  source(value: unknown, path: FieldPath, report: ReportField): S | undefined;
  /** Fields besides ENTITY_FIELDS that the caller checks itself. */
  otherFields?: readonly string[];
  /** Name, type and summary may be absent: the entity adds to another one. */
  partial?: boolean;
  /** Forms a rule may name besides this entity's own (those of the entity it adds to). */
  inheritedForms?: readonly string[];
}

/**
 * Checks one entity field by field, reporting every problem rather than the first. Returns the
 * fields only when they are all valid.
 */
export function checkEntityFields<S>(value: unknown, options: EntityFieldOptions<S>, report: ReportField): CheckedEntityFields<S> | undefined {
  let failed = false;
  const say: ReportField = (path, message) => {
    failed = true;
    report(path, message);
  };
  if (!isRecord(value)) {
    say([], `expected an entity (a mapping with id, name, type, ...), got ${describeValue(value)}`);
    return undefined;
  }
  const known = [...ENTITY_FIELDS, ...(options.otherFields ?? [])];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) say([key], `unknown field, expected one of ${known.join(', ')}`);
  }

  const id = text(value.id, ['id'], say);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    say(['id'], `expected lowercase letters, digits and single hyphens ([a-z0-9-]), got "${id}"`);
  }
  const optional = options.partial === true;
  const name = optional && value.name === undefined ? undefined : text(value.name, ['name'], say);
  const type = value.type;
  if (!(optional && type === undefined) && !ENTITY_TYPES.includes(type as never)) {
    say(['type'], `expected one of ${ENTITY_TYPES.join(', ')}, got ${describeValue(type)}`);
  }
  const aliases = list(value.aliases, ['aliases'], say, (v, path) => text(v, path, say));
  const summary = optional && value.summary === undefined ? undefined : text(value.summary, ['summary'], say);
  if (summary !== undefined) {
    const count = splitSentences(summary.trim().replace(/\s+/g, ' ')).length;
    if (count > 3) say(['summary'], `expected one to three sentences, got ${count}`);
  }
  const source = (v: unknown, path: FieldPath) => options.source(v, path, say);
  const fact = (v: unknown, path: FieldPath): SourcedFact<S> | undefined =>
    record(v, path, ['text', 'source'], say, () => {
      const r = v as Record<string, unknown>;
      const t = text(r.text, [...path, 'text'], say);
      const s = source(r.source, [...path, 'source']);
      return t !== undefined && s !== undefined ? { text: t, source: s } : undefined;
    });
  const facts = list(value.facts, ['facts'], say, fact);
  const positions = list(value.positions, ['positions'], say, fact);
  const relations = list(value.relations, ['relations'], say, (v, path): SourcedRelation<S> | undefined =>
    record(v, path, ['type', 'target', 'source'], say, () => {
      const r = v as Record<string, unknown>;
      const t = text(r.type, [...path, 'type'], say);
      const target = text(r.target, [...path, 'target'], say);
      const s = source(r.source, [...path, 'source']);
      return t !== undefined && target !== undefined && s !== undefined ? { type: t, target, source: s } : undefined;
    }),
  );
  const forms = [name, ...(aliases ?? [])];
  const ruleForms = [...forms, ...(options.inheritedForms ?? [])];
  const rules = list(value.rules, ['rules'], say, (v, path): AliasRule | undefined =>
    record(v, path, ['form', 'ambiguous', 'cues', 'introduced'], say, () => rule(v as Record<string, unknown>, path, ruleForms, say)),
  );
  checkRepeatedForms(forms, say);
  const variants = list(value.variants, ['variants'], say, (v, path) => {
    const form = text(v, path, say);
    if (form !== undefined && !(aliases ?? []).includes(form)) say(path, `expected one of the aliases, got "${form}"`);
    return form;
  });
  const shortName = value.shortName === undefined ? undefined : text(value.shortName, ['shortName'], say);
  if (shortName !== undefined) {
    if (!ruleForms.includes(shortName)) say(['shortName'], `expected the name or one of the aliases, got "${shortName}"`);
    else if (variants?.includes(shortName)) say(['shortName'], `expected a form that is not one of the variants, got "${shortName}"`);
  }

  if (failed) return undefined;
  return {
    id: id!,
    ...(name !== undefined ? { name } : {}),
    ...(shortName !== undefined ? { shortName } : {}),
    ...(type !== undefined ? { type: type as EntityType } : {}),
    ...(summary !== undefined ? { summary } : {}),
    aliases: aliases ?? [],
    variants: variants ?? [],
    facts: facts ?? [],
    relations: relations ?? [],
    positions: positions ?? [],
    rules: rules ?? [],
  };
}

function rule(r: Record<string, unknown>, path: FieldPath, forms: readonly (string | undefined)[], report: ReportField): AliasRule | undefined {
  const form = text(r.form, [...path, 'form'], report);
  if (form !== undefined && !forms.includes(form)) {
    report([...path, 'form'], `expected the name or one of the aliases, got "${form}"`);
  }
  if (r.ambiguous !== undefined && typeof r.ambiguous !== 'boolean') {
    report([...path, 'ambiguous'], `expected true or false, got ${describeValue(r.ambiguous)}`);
  }
  // A cue is a word to look for; YAML reads a bare year (cues: [2013]) as a number.
  const cue = (v: unknown, p: FieldPath) => text(typeof v === 'number' ? String(v) : v, p, report);
  const cues = r.cues === undefined ? undefined : list(r.cues, [...path, 'cues'], report, cue);
  if (cues !== undefined && cues.length === 0) report([...path, 'cues'], 'expected at least one cue');
  if (r.introduced !== undefined && typeof r.introduced !== 'boolean') {
    report([...path, 'introduced'], `expected true or false, got ${describeValue(r.introduced)}`);
  }
  if (r.ambiguous !== true && r.cues === undefined && r.introduced !== true) {
    report(path, 'expected "ambiguous: true", "cues: [...]" or "introduced: true": a rule without any changes nothing');
  }
  if (form === undefined) return undefined;
  return {
    form,
    ...(r.ambiguous === true ? { ambiguous: true } : {}),
    ...(cues && cues.length ? { cues } : {}),
    ...(r.introduced === true ? { introduced: true } : {}),
  };
}

function checkRepeatedForms(forms: (string | undefined)[], report: ReportField): void {
  const seen = new Set<string>();
  forms.forEach((form, i) => {
    if (form === undefined) return;
    if (seen.has(form)) report(['aliases', i - 1], `"${form}" is already the name or an earlier alias`);
    seen.add(form);
  });
}

/** A non-empty string, trimmed. */
export function text(v: unknown, path: FieldPath, report: ReportField): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  report(path, `expected non-empty text, got ${describeValue(v)}`);
  return undefined;
}

/** An optional list whose items all pass `item`; undefined when absent or when any item fails. */
function list<T>(v: unknown, path: FieldPath, report: ReportField, item: (v: unknown, path: FieldPath) => T | undefined): T[] | undefined {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    report(path, `expected a list, got ${describeValue(v)}`);
    return undefined;
  }
  const items = v.map((x, i) => item(x, [...path, i]));
  return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
}

export function record<T>(v: unknown, path: FieldPath, keys: string[], report: ReportField, build: () => T | undefined): T | undefined {
  if (!isRecord(v)) {
    report(path, `expected a mapping with ${keys.join(', ')}, got ${describeValue(v)}`);
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!keys.includes(key)) report([...path, key], `unknown field, expected one of ${keys.join(', ')}`);
  }
  return build();
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function describeValue(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'string') return `"${v.length > 80 ? `${v.slice(0, 80)}…` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return `the date ${v.toISOString().slice(0, 10)} (quote it)`;
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** ["facts", 1, "source"] → "facts[1].source" */
export function fieldName(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
