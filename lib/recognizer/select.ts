import type { Candidates } from './scan';

/**
 * Leftmost-longest, non-overlapping: of matches starting at the same place the longest wins
 * ("SCO Code of Conduct" over "SCO"), and a match that starts inside a chosen one is dropped.
 * Returns indices into the candidates, by start.
 */
export function leftmostLongest(found: Candidates): number[] {
  const { start, end } = found;
  const order = start.map((_, i) => i).sort((a, b) => start[a]! - start[b]! || end[b]! - end[a]! || a - b);
  const chosen: number[] = [];
  let reached = -1;
  for (const i of order) {
    if (start[i]! < reached) continue;
    chosen.push(i);
    reached = end[i]!;
  }
  return chosen;
}
