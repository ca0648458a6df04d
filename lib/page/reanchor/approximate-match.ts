/**
 * Approximate substring search: where in `text` does `pattern` occur with at most `maxEdits`
 * insertions, deletions or substitutions. Sellers' dynamic programme with Ukkonen's cut-off,
 * which only computes the rows that can still end within the bound, so the cost grows with
 * text length times `maxEdits` rather than times the pattern length.
 */
export interface ApproximateMatch {
  start: number;
  /** Exclusive. */
  end: number;
  distance: number;
}

/** Ends (exclusive offsets) of the best match in each run of neighbouring matching ends. */
export function approximateEnds(text: string, pattern: string, maxEdits: number): Array<{ end: number; distance: number }> {
  const m = pattern.length;
  if (m === 0 || maxEdits >= m) return [];
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) column[i] = i;
  let lastActive = Math.min(maxEdits + 1, m);
  const ends: Array<{ end: number; distance: number }> = [];
  let run: { end: number; distance: number } | null = null;

  for (let j = 0; j < text.length; j += 1) {
    const char = text.charCodeAt(j);
    let previousOld = 0; // row i-1 of the previous column
    let previousNew = 0; // row i-1 of this column (row 0 is always 0: a match may start anywhere)
    for (let i = 1; i <= lastActive; i += 1) {
      const old = column[i]!;
      const next =
        pattern.charCodeAt(i - 1) === char ? previousOld : 1 + Math.min(previousOld, previousNew, old);
      previousOld = old;
      column[i] = next;
      previousNew = next;
    }
    while (lastActive > 0 && column[lastActive]! > maxEdits) lastActive -= 1;
    if (lastActive === m) {
      const found = { end: j + 1, distance: column[m]! };
      if (run === null) run = found;
      else if (found.distance < run.distance) run = found;
    } else {
      if (run !== null) ends.push(run);
      run = null;
      lastActive += 1;
    }
  }
  if (run !== null) ends.push(run);
  return ends;
}

/**
 * Where the match ending at `end` best starts: the start with the fewest edits, and among
 * equals the one whose length is closest to the pattern's.
 */
export function matchStart(text: string, pattern: string, end: number, maxEdits: number): ApproximateMatch {
  const m = pattern.length;
  const width = Math.min(end, m + maxEdits);
  // Rows: pattern characters consumed backwards from its end; columns: text characters
  // consumed backwards from `end`. Both ends are anchored, so consuming costs on both axes.
  let row = new Int32Array(width + 1);
  for (let l = 0; l <= width; l += 1) row[l] = l;
  for (let i = 1; i <= m; i += 1) {
    const next = new Int32Array(width + 1);
    next[0] = i;
    const p = pattern.charCodeAt(m - i);
    for (let l = 1; l <= width; l += 1) {
      const cost = text.charCodeAt(end - l) === p ? 0 : 1;
      next[l] = Math.min(row[l - 1]! + cost, row[l]! + 1, next[l - 1]! + 1);
    }
    row = next;
  }
  let best = 0;
  for (let l = 1; l <= width; l += 1) {
    const better = row[l]! < row[best]! || (row[l] === row[best] && Math.abs(l - m) < Math.abs(best - m));
    if (better) best = l;
  }
  return { start: end - best, end, distance: row[best]! };
}
