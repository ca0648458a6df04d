/**
 * Leftmost-longest, non-overlapping: of matches starting at the same place the longest wins
 * ("SCO Code of Conduct" over "SCO"), and a match that starts inside a chosen one is dropped.
 *
 * The scan reports matches by end, which is nearly their order by start: only matches nested
 * in a longer one are out of place, and by no more than the words of the longest form. So an
 * insertion sort orders them in linear time in practice, in place, with nothing allocated per match.
 */

/**
 * Indices of the chosen matches, by start. `start`/`end` hold `count` matches; those whose
 * `owner` is negative take no part.
 */
export function leftmostLongest(start: Int32Array, end: Int32Array, owner: Int32Array, count: number): Int32Array {
  const order = new Int32Array(count);
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (owner[i]! < 0) continue;
    const s = start[i]!;
    const e = end[i]!;
    let k = m++;
    // Ties keep the order found, like a stable sort.
    for (; k > 0; k--) {
      const prev = order[k - 1]!;
      const ps = start[prev]!;
      if (ps < s || (ps === s && end[prev]! >= e)) break;
      order[k] = prev;
    }
    order[k] = i;
  }
  let chosen = 0;
  let reached = -1;
  for (let k = 0; k < m; k++) {
    const i = order[k]!;
    if (start[i]! < reached) continue;
    order[chosen++] = i;
    reached = end[i]!;
  }
  return order.subarray(0, chosen);
}
