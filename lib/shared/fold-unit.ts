/**
 * Case and accents folded for comparison, one UTF-16 code unit at a time, so that offsets in
 * the folded text are offsets in the original: what the recogniser's automaton reads and what
 * page notes compare their quotes by.
 */

/** Lowercase without accents, for one code unit; the unit itself when folding would change its length. */
export function foldUnit(unit: number): number {
  const lower = String.fromCharCode(unit).toLowerCase();
  if (lower.length !== 1) return unit;
  const decomposed = lower.normalize('NFD');
  const base = decomposed.charCodeAt(0);
  return decomposed.length > 1 && base < 0x250 ? base : lower.charCodeAt(0);
}
