import { checkEntityFields, describeValue, fieldName, isRecord, record, text, type FieldPath, type ReportField } from '../../shared/corpus-format/entity-fields';
import { ID_PATTERN } from '../../shared/corpus-format/corpus-schema';
import { MAX_QUOTE_LENGTH, MAX_CONTEXT_LENGTH } from '../../shared/page-quote';
import { MAX_ENTRY_CHARS, type TeamEntry, type TeamEntryFields, type TeamSource } from './team-entry-types';

/**
 * The check of a team entry, the same wherever one enters: a member's draft before it is
 * written, a peer's entry as it is read, an imported file. The entity's fields go through the
 * rules the bundled glossary uses (`checkEntityFields`); what is the team's own is checked here:
 * a source is a page passage (quote, http(s) address, title, date), the authorship, the size.
 */
export interface TeamEntryProblem {
  /** "facts[0].source.url", or "" for the entry as a whole. */
  field: string;
  message: string;
}

export const ENTRY_AUTHORSHIP = ['addedBy', 'addedAt', 'changedBy', 'changedAt'] as const;

export function checkTeamEntryFields(value: unknown, inheritedForms: readonly string[] = []): { fields?: TeamEntryFields; problems: TeamEntryProblem[] } {
  const problems: TeamEntryProblem[] = [];
  const report: ReportField = (path, message) => problems.push({ field: fieldName(path), message });
  const size = sizeOf(value);
  if (size > MAX_ENTRY_CHARS) {
    report([], `the entry is too large (${size} characters as JSON; at most ${MAX_ENTRY_CHARS})`);
    return { problems };
  }
  const extendsId = isRecord(value) ? value.extends : undefined;
  if (extendsId !== undefined && (typeof extendsId !== 'string' || !ID_PATTERN.test(extendsId))) {
    report(['extends'], `expected the id of a bundled entity, got ${describeValue(extendsId)}`);
  }
  const checked = checkEntityFields(
    value,
    { source: teamSource, otherFields: ['extends', ...ENTRY_AUTHORSHIP], partial: extendsId !== undefined, inheritedForms },
    report,
  );
  if (!checked || problems.length > 0) return { problems };
  return { fields: { ...checked, ...(typeof extendsId === 'string' ? { extends: extendsId } : {}) }, problems };
}

/** A whole stored entry, authorship included. */
export function checkTeamEntry(value: unknown, inheritedForms: readonly string[] = []): { entry?: TeamEntry; problems: TeamEntryProblem[] } {
  const { fields, problems } = checkTeamEntryFields(value, inheritedForms);
  if (!isRecord(value)) return { problems };
  const report: ReportField = (path, message) => problems.push({ field: fieldName(path), message });
  const addedBy = author(value.addedBy, ['addedBy'], report);
  const changedBy = author(value.changedBy, ['changedBy'], report);
  const addedAt = timestamp(value.addedAt, ['addedAt'], report);
  const changedAt = timestamp(value.changedAt, ['changedAt'], report);
  if (!fields || !addedBy || !changedBy || !addedAt || !changedAt) return { problems };
  return { entry: { ...fields, addedBy, addedAt, changedBy, changedAt }, problems };
}

export function formatTeamEntryProblem(id: string, p: TeamEntryProblem): string {
  return `team entry "${id.slice(0, 64)}"${p.field ? `, field "${p.field}"` : ''}: ${p.message}`;
}

function teamSource(v: unknown, path: FieldPath, report: ReportField): TeamSource | undefined {
  if (!isRecord(v)) {
    report(path, 'a fact needs its source: the quoted passage, the page address, its title and the date it was read');
    return undefined;
  }
  return record(v, path, ['quote', 'prefix', 'suffix', 'url', 'title', 'date'], report, () => {
    const quote = bounded(text(v.quote, [...path, 'quote'], report), [...path, 'quote'], MAX_QUOTE_LENGTH, report);
    const url = text(v.url, [...path, 'url'], report);
    if (url !== undefined && !isWebAddress(url)) report([...path, 'url'], `expected an http or https address, got ${describeValue(url)}`);
    const title = bounded(text(v.title, [...path, 'title'], report), [...path, 'title'], 500, report);
    const date = timestamp(v.date, [...path, 'date'], report);
    const context = (c: unknown, name: string) => {
      if (c === undefined) return '';
      if (typeof c === 'string' && c.length <= MAX_CONTEXT_LENGTH) return c;
      report([...path, name], `expected text of at most ${MAX_CONTEXT_LENGTH} characters, got ${describeValue(c)}`);
      return undefined;
    };
    const prefix = context(v.prefix, 'prefix');
    const suffix = context(v.suffix, 'suffix');
    if (quote === undefined || url === undefined || !isWebAddress(url) || title === undefined || date === undefined) return undefined;
    if (prefix === undefined || suffix === undefined) return undefined;
    return { quote, prefix, suffix, url, title, date };
  });
}

function bounded(v: string | undefined, path: FieldPath, max: number, report: ReportField): string | undefined {
  if (v !== undefined && v.length > max) {
    report(path, `expected at most ${max} characters, got ${v.length}`);
    return undefined;
  }
  return v;
}

export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function timestamp(v: unknown, path: FieldPath, report: ReportField): string | undefined {
  if (typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v))) return v;
  report(path, `expected an ISO 8601 date ("2026-12-03" or a full timestamp), got ${describeValue(v)}`);
  return undefined;
}

function author(v: unknown, path: FieldPath, report: ReportField): { id: string; name: string } | undefined {
  return record(v, path, ['id', 'name'], report, () => {
    const r = v as Record<string, unknown>;
    const id = bounded(text(r.id, [...path, 'id'], report), [...path, 'id'], 64, report);
    const name = bounded(text(r.name, [...path, 'name'], report), [...path, 'name'], 200, report);
    return id !== undefined && name !== undefined ? { id, name } : undefined;
  });
}

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
