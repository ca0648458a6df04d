/**
 * Checks for values that come from outside (files, peers, pages, storage, messages): type
 * guards, and checks that throw through a caller's `fail` naming the path of the value and
 * what was expected, so messages read like `entities[4] (csis).aliases[1]: expected ...`.
 */

/** Throws the caller's error for the value at `path`. */
export type Fail = (path: string, expected: string, found: unknown) => never;

/** A short description of a value for an error message: never the whole of a long string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export const isString = (value: unknown): value is string => typeof value === 'string';

/** An object that is not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isOptional = <T>(value: unknown, check: (v: unknown) => v is T): boolean => value === undefined || check(value);

export interface ShapeChecks {
  fail: Fail;
  record(value: unknown, path: string): Record<string, unknown>;
  string(value: unknown, path: string, maxLength?: number): string;
  nonEmptyString(value: unknown, path: string, maxLength?: number): string;
  boolean(value: unknown, path: string): boolean;
  /** A whole number of 0 or more (an offset, a count). */
  offset(value: unknown, path: string): number;
  list<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): T[];
}

export function shapeChecks(fail: Fail): ShapeChecks {
  const string = (value: unknown, path: string, maxLength = Infinity): string => {
    if (typeof value !== 'string') return fail(path, 'a string', value);
    if (value.length > maxLength) fail(path, `at most ${maxLength} characters`, `${value.length} characters`);
    return value;
  };
  return {
    fail,
    record: (value, path) => (isRecord(value) ? value : fail(path, 'an object', value)),
    string,
    nonEmptyString: (value, path, maxLength) =>
      typeof value === 'string' && value.trim() !== '' ? string(value, path, maxLength) : fail(path, 'a non-empty string', value),
    boolean: (value, path) => (typeof value === 'boolean' ? value : fail(path, 'a boolean', value)),
    offset: (value, path) =>
      Number.isInteger(value) && (value as number) >= 0 ? (value as number) : fail(path, 'a non-negative integer', value),
    list: (value, path, item) =>
      Array.isArray(value) ? value.map((v, i) => item(v, `${path}[${i}]`)) : fail(path, 'an array', value),
  };
}
