/**
 * Leftmost-longest, non-overlapping: of matches starting at the same place the longest wins
 * ("SCO Code of Conduct" over "SCO"), and a match that starts inside a chosen one is dropped.
 * Returns the chosen matches by start.
 */
export function leftmostLongest<T extends { start: number; end: number }>(matches: T[]): T[] {
  const order = matches.map((_, i) => i);
  order.sort((a, b) => matches[a]!.start - matches[b]!.start || matches[b]!.end - matches[a]!.end || a - b);
  const chosen: T[] = [];
  let reached = -1;
  for (const i of order) {
    const m = matches[i]!;
    if (m.start < reached) continue;
    chosen.push(m);
    reached = m.end;
  }
  return chosen;
}
