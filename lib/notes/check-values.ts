/**
 * Checks shared by everything that reads notes from outside this device: index entries from
 * peers, imported files, invite codes. Each check throws `NoteShapeError` naming the path of the
 * value and what was expected, so messages read like `notes[2].target.url: expected ...`.
 */
import { describeValue, shapeChecks } from '../shared/shape-check';
import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH, NOTE_ID_PATTERN, type NoteTarget } from './note-types';

export class NoteShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`${path}: expected ${expected}, found ${found}`);
    this.name = 'NoteShapeError';
  }
}

export { describeValue };

export function fail(path: string, expected: string, value: unknown): never {
  throw new NoteShapeError(path, expected, describeValue(value));
}

const checks = shapeChecks(fail);
export const asRecord = checks.record;
export const asString = checks.string;
export const asNonEmptyString = checks.nonEmptyString;

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function asTimestamp(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
    fail(path, 'an ISO 8601 UTC timestamp such as "2026-01-31T12:00:00.000Z"', value);
  }
  return value;
}

export function asNoteId(value: unknown, path: string): string {
  if (typeof value !== 'string' || !NOTE_ID_PATTERN.test(value)) {
    fail(path, 'a note id of 1 to 64 letters, digits, "_" or "-"', value);
  }
  return value;
}

export function asTarget(value: unknown, path: string): NoteTarget {
  const target = asRecord(value, path);
  switch (target.kind) {
    case 'entity':
      return { kind: 'entity', entityId: asNonEmptyString(target.entityId, `${path}.entityId`, 200) };
    case 'page': {
      const url = asNonEmptyString(target.url, `${path}.url`, 4000);
      if (!/^https?:\/\//i.test(url)) fail(`${path}.url`, 'an http or https address', url);
      return {
        kind: 'page',
        url,
        quote: asString(target.quote, `${path}.quote`, MAX_QUOTE_LENGTH),
        prefix: asString(target.prefix, `${path}.prefix`, MAX_CONTEXT_LENGTH),
        suffix: asString(target.suffix, `${path}.suffix`, MAX_CONTEXT_LENGTH),
      };
    }
    default:
      return fail(`${path}.kind`, '"entity" or "page"', target.kind);
  }
}
