import { ENTITY_TYPES, ID_PATTERN, type AliasRule, type Fact, type GlossaryEntity, type Relation } from '../../shared/corpus-format/corpus-schema';
import { splitSentences } from '../source-text/sentences';
import type { FieldPath, GlossaryBlock } from './load';
import type { GlossaryProblem } from './problem';

const ENTITY_FIELDS = ['id', 'name', 'shortName', 'type', 'aliases', 'variants', 'rules', 'summary', 'facts', 'relations', 'positions'];

/**
 * Checks one entity block field by field, reporting every problem rather than the first.
 * Returns the entity only when it is entirely valid.
 */
export function validateEntity(
  block: GlossaryBlock,
  sourceDocs: readonly string[],
): { entity?: GlossaryEntity; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  const value = block.value;
  const entityId = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
  const report = (path: FieldPath, message: string) =>
    problems.push({
      file: block.file,
      line: block.lineOf(path),
      ...(entityId !== undefined ? { entity: entityId } : {}),
      ...(path.length ? { field: fieldName(path) } : {}),
      message,
    });

  if (!isRecord(value)) {
    report([], `expected an entity (a mapping with id, name, type, ...), got ${describe(value)}`);
    return { problems };
  }
  for (const key of Object.keys(value)) {
    if (!ENTITY_FIELDS.includes(key)) report([key], `unknown field, expected one of ${ENTITY_FIELDS.join(', ')}`);
  }

  const id = text(value.id, ['id'], report);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    report(['id'], `expected lowercase letters, digits and single hyphens ([a-z0-9-]), got "${id}"`);
  }
  const name = text(value.name, ['name'], report);
  const type = value.type;
  if (!ENTITY_TYPES.includes(type as never)) {
    report(['type'], `expected one of ${ENTITY_TYPES.join(', ')}, got ${describe(type)}`);
  }
  const aliases = list(value.aliases, ['aliases'], report, (v, path) => text(v, path, report));
  const summary = text(value.summary, ['summary'], report);
  if (summary !== undefined) {
    const count = splitSentences(summary.trim().replace(/\s+/g, ' ')).length;
    if (count > 3) report(['summary'], `expected one to three sentences, got ${count}`);
  }
  const source = (v: unknown, path: FieldPath) => {
    if (typeof v === 'string' && sourceDocs.includes(v)) return v;
    report(path, `expected one of the five source document file names, got ${describe(v)}`);
    return undefined;
  };
  const fact = (v: unknown, path: FieldPath): Fact | undefined =>
    record(v, path, ['text', 'source'], report, () => {
      const r = v as Record<string, unknown>;
      const t = text(r.text, [...path, 'text'], report);
      const s = source(r.source, [...path, 'source']);
      return t !== undefined && s !== undefined ? { text: t, source: s } : undefined;
    });
  const facts = list(value.facts, ['facts'], report, fact);
  const positions = list(value.positions, ['positions'], report, fact);
  const relations = list(value.relations, ['relations'], report, (v, path): Relation | undefined =>
    record(v, path, ['type', 'target', 'source'], report, () => {
      const r = v as Record<string, unknown>;
      const t = text(r.type, [...path, 'type'], report);
      const target = text(r.target, [...path, 'target'], report);
      const s = source(r.source, [...path, 'source']);
      return t !== undefined && target !== undefined && s !== undefined ? { type: t, target, source: s } : undefined;
    }),
  );
  const forms = [name, ...(aliases ?? [])];
  const rules = list(value.rules, ['rules'], report, (v, path): AliasRule | undefined =>
    record(v, path, ['form', 'ambiguous', 'cues', 'introduced'], report, () => rule(v as Record<string, unknown>, path, forms, report)),
  );
  checkRepeatedForms(forms, report);
  const variants = list(value.variants, ['variants'], report, (v, path) => {
    const form = text(v, path, report);
    if (form !== undefined && !(aliases ?? []).includes(form)) report(path, `expected one of the aliases, got "${form}"`);
    return form;
  });
  const shortName = value.shortName === undefined ? name : text(value.shortName, ['shortName'], report);
  if (shortName !== undefined && value.shortName !== undefined) {
    if (!forms.includes(shortName)) report(['shortName'], `expected the name or one of the aliases, got "${shortName}"`);
    else if (variants?.includes(shortName)) report(['shortName'], `expected a form that is not one of the variants, got "${shortName}"`);
  }

  if (problems.length > 0) return { problems };
  return {
    entity: {
      id: id!, name: name!, shortName: shortName!, type: type as GlossaryEntity['type'], aliases: aliases ?? [],
      variants: variants ?? [], summary: summary!,
      facts: facts ?? [], relations: relations ?? [], positions: positions ?? [], rules: rules ?? [],
    },
    problems,
  };
}

type Report = (path: FieldPath, message: string) => void;

function rule(r: Record<string, unknown>, path: FieldPath, forms: (string | undefined)[], report: Report): AliasRule | undefined {
  const form = text(r.form, [...path, 'form'], report);
  if (form !== undefined && !forms.includes(form)) {
    report([...path, 'form'], `expected the name or one of the aliases, got "${form}"`);
  }
  if (r.ambiguous !== undefined && typeof r.ambiguous !== 'boolean') {
    report([...path, 'ambiguous'], `expected true or false, got ${describe(r.ambiguous)}`);
  }
  // A cue is a word to look for; YAML reads a bare year (cues: [2013]) as a number.
  const cue = (v: unknown, p: FieldPath) => text(typeof v === 'number' ? String(v) : v, p, report);
  const cues = r.cues === undefined ? undefined : list(r.cues, [...path, 'cues'], report, cue);
  if (cues !== undefined && cues.length === 0) report([...path, 'cues'], 'expected at least one cue');
  if (r.introduced !== undefined && typeof r.introduced !== 'boolean') {
    report([...path, 'introduced'], `expected true or false, got ${describe(r.introduced)}`);
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

function checkRepeatedForms(forms: (string | undefined)[], report: Report): void {
  const seen = new Set<string>();
  forms.forEach((form, i) => {
    if (form === undefined) return;
    if (seen.has(form)) report(['aliases', i - 1], `"${form}" is already the name or an earlier alias`);
    seen.add(form);
  });
}

/** A non-empty string, trimmed. */
function text(v: unknown, path: FieldPath, report: Report): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  report(path, `expected non-empty text, got ${describe(v)}`);
  return undefined;
}

/** An optional list whose items all pass `item`; undefined when absent or when any item fails. */
function list<T>(v: unknown, path: FieldPath, report: Report, item: (v: unknown, path: FieldPath) => T | undefined): T[] | undefined {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    report(path, `expected a list, got ${describe(v)}`);
    return undefined;
  }
  const items = v.map((x, i) => item(x, [...path, i]));
  return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
}

function record<T>(v: unknown, path: FieldPath, keys: string[], report: Report, build: () => T | undefined): T | undefined {
  if (!isRecord(v)) {
    report(path, `expected a mapping with ${keys.join(', ')}, got ${describe(v)}`);
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!keys.includes(key)) report([...path, key], `unknown field, expected one of ${keys.join(', ')}`);
  }
  return build();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'string') return `"${v}"`;
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return `the date ${v.toISOString().slice(0, 10)} (quote it)`;
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** ["facts", 1, "source"] → "facts[1].source" */
export function fieldName(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
