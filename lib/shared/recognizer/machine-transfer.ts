/**
 * The automaton as the background hands it to content scripts, so that a page does not build
 * it. Building it (automaton.ts) takes tens of milliseconds in one go, on every page load, in
 * code that has not been optimised yet; decoding it is a base64 decode per table.
 *
 * Each table is an Int32Array sent as base64 of its bytes (little-endian, as every platform
 * the extension runs on): messages and storage carry JSON, and a JSON array of numbers would
 * cost more to parse than the build it saves. The tables arrive from the background, but a
 * cached copy may be stale or truncated, so `decodeMachine` checks that every index stays in
 * bounds before the scan loop, which does not check, may follow it.
 */
import { base64ToBytes, bytesToBase64 } from '../base64-bytes';
import type { Machine } from './automaton';
import { FIRST_CHAR } from './char-classes';
import type { CompiledRecognizer } from './types';

export const MACHINE_FORMAT = 'attache-machine/1';

const TABLES = ['delta', 'cold', 'coldAt', 'outHead', 'outNext', 'outLink'] as const;

/** A Machine as JSON-safe data: the numbers as they are, the tables as base64. */
export type TransferredMachine = { format: typeof MACHINE_FORMAT } & Pick<Machine, 'width' | 'hyphen' | 'ignore' | 'lower' | 'coldRow'> &
  Record<(typeof TABLES)[number], string>;

export function encodeMachine(m: Machine): TransferredMachine {
  const table = (a: Int32Array) => bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return {
    format: MACHINE_FORMAT,
    width: m.width,
    hyphen: m.hyphen,
    ignore: m.ignore,
    lower: m.lower,
    coldRow: m.coldRow,
    delta: table(m.delta),
    cold: table(m.cold),
    coldAt: table(m.coldAt),
    outHead: table(m.outHead),
    outNext: table(m.outNext),
    outLink: table(m.outLink),
  };
}

/** The machine of `compiled` from its transferred form; throws, naming what is wrong, if it does not fit. */
export function decodeMachine(t: TransferredMachine, compiled: CompiledRecognizer): Machine {
  const bad = (what: string): never => {
    throw new Error(`createRecognizer: invalid transferred automaton: ${what}`);
  };
  if (typeof t !== 'object' || t === null) bad('expected an object');
  if (t.format !== MACHINE_FORMAT) bad(`format: expected "${MACHINE_FORMAT}", got ${JSON.stringify(t.format)}`);
  const symbols = FIRST_CHAR + compiled.chars.length + compiled.punct.length;
  if (t.hyphen !== symbols || t.ignore !== symbols + 1 || t.lower !== symbols + 2 || t.width !== symbols + 28) {
    bad('its columns do not fit the compiled recogniser’s alphabet');
  }
  const tables = {} as Record<(typeof TABLES)[number], Int32Array>;
  for (const key of TABLES) {
    if (typeof t[key] !== 'string') bad(`${key}: expected base64 text`);
    const bytes = base64ToBytes(t[key], `createRecognizer: transferred automaton, ${key}`);
    if (bytes.length % 4 !== 0) bad(`${key}: not a whole number of 32-bit integers`);
    tables[key] = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  }
  const { delta, cold, coldAt, outHead, outNext, outLink } = tables;
  const { width, coldRow } = t;
  const states = compiled.edgeStart.length; // trie states and the root inside a word
  const hot = delta.length / width;
  if (!Number.isInteger(hot) || coldRow !== delta.length || hot + coldAt.length !== states) bad('its state count does not fit the compiled recogniser');
  if (outHead.length !== states || outLink.length !== states || outNext.length !== compiled.patternState.length) bad('outputs: lengths disagree');
  const rows = coldRow + coldAt.length;
  // A row code is a hot row's offset or coldRow + a cold state's index; a transition value is a
  // hot row's offset or the complement of (row code << 2 | flags).
  const validRow = (row: number) => (row < coldRow ? row >= 0 && row % width === 0 : row < rows);
  const validValue = (v: number) => (v >= 0 ? v < coldRow && v % width === 0 : validRow(~v >> 2));
  // Inline rather than through validValue: this loop runs over the whole dense table, in code
  // the page has not optimised yet.
  for (let i = 0; i < delta.length; i++) {
    const v = delta[i]!;
    if (v >= 0 ? v < coldRow && v % width === 0 : validRow(~v >> 2)) continue;
    bad(`delta[${i}]: state out of range`);
  }
  for (let s = 0; s < coldAt.length; s++) {
    const r = coldAt[s]!;
    const n = cold[r + 1];
    if (r < 0 || n === undefined || n < 0 || r + 2 + 2 * n > cold.length) bad(`cold record ${s}: out of range`);
    if (!validRow(cold[r]!)) bad(`cold record ${s}: default state out of range`);
    for (let e = r + 2; e < r + 2 + 2 * n!; e += 2) {
      if (cold[e]! < 0 || cold[e]! >= width || !validValue(cold[e + 1]!)) bad(`cold record ${s}: transition out of range`);
    }
  }
  // The scan follows default states until a hot one: a cycle among cold ones would never end.
  const reachesHot = new Uint8Array(coldAt.length);
  for (let s = 0; s < coldAt.length; s++) {
    let row = coldRow + s;
    for (let steps = 0; row >= coldRow && !reachesHot[row - coldRow]; steps++) {
      if (steps > coldAt.length) bad(`cold record ${s}: its default states form a cycle`);
      row = cold[coldAt[row - coldRow]!]!;
    }
    for (row = coldRow + s; row >= coldRow && !reachesHot[row - coldRow]; row = cold[coldAt[row - coldRow]!]!) reachesHot[row - coldRow] = 1;
  }
  // The output chains are followed to their end: each link points to a later pattern, and to
  // a state nearer the root, so that they end.
  const patterns = outNext.length;
  if (!outHead.every((p) => p >= -1 && p < patterns)) bad('outputs: index out of range');
  if (!outNext.every((q, p) => q === -1 || (q > p && q < patterns))) bad('outputs: index out of range');
  if (!outLink.every((t, s) => t >= -1 && t < s)) bad('outputs: index out of range');
  return { width, hyphen: t.hyphen, ignore: t.ignore, lower: t.lower, coldRow, delta, cold, coldAt, outHead, outNext, outLink };
}
