/**
 * How much Markdown one part of a note may hold and still be formatted. `marked` lexes nested
 * blocks recursively (2,001 `>` overflow the stack) and emphasis, tables and nested lists in
 * more than linear time (100 KB of `*a` take seconds), and nothing can interrupt it once
 * started. So each part (`note-parts.ts`) is measured first, in one linear pass, and formatted
 * only within these bounds; the worst a part within them costs is measured by `npm run bench
 * notes-render` against the 50 ms a side panel may be blocked. Every count errs on the high side.
 */
export const MARKDOWN_LIMITS = {
  /** Characters of a part. */
  partChars: 8_000,
  /**
   * Characters of a part, each counted once more for every block quote and list level around
   * it: marked lexes a nested block's text again at each level.
   */
  partWeight: 16_000,
  /** Block quotes and list levels opened on one line, indentation included. */
  nesting: 16,
  /** `*`, `_` and `~`: emphasis is matched in quadratic time within a paragraph. */
  emphasisMarks: 400,
  /** `[`, which opens links and images. */
  linkOpeners: 1_000,
  /** `<`, which may open an HTML element: nested elements make a deep tree to sanitise and lay out. */
  htmlOpeners: 400,
  tableColumns: 64,
  tableCells: 1_000,
  /** Past this a note is not split into parts at all, but shown as plain text. */
  noteChars: 1_000_000,
} as const;

/**
 * Why a part of a note is shown as plain text; null when it may be formatted. Fenced code is
 * counted like the rest: what looks like a fence here may not be one to marked (inside an HTML
 * block, say), and a count it could hide from would be a way around the bounds.
 */
export function formatProblem(part: string): string | null {
  if (part.length > MARKDOWN_LIMITS.partChars) return 'too long a passage without a blank line';
  let weight = 0;
  let emphasis = 0;
  let links = 0;
  let tags = 0;
  let cells = 0;
  for (const line of part.split('\n')) {
    const nesting = nestingOf(line);
    if (nesting > MARKDOWN_LIMITS.nesting) return 'nested too deeply';
    weight += (line.length + 1) * (1 + (nesting > 0 ? nesting : indentLevels(line)));
    let pipes = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 0x2a || code === 0x5f || code === 0x7e) emphasis++;
      else if (code === 0x5b) links++;
      else if (code === 0x3c) tags++;
      else if (code === 0x7c) pipes++;
    }
    // A row with a pipe at each end has one column fewer than pipes.
    if (pipes - 1 > MARKDOWN_LIMITS.tableColumns) return 'too many table columns';
    cells += pipes;
  }
  if (weight > MARKDOWN_LIMITS.partWeight) return 'too much nested text without a blank line';
  if (emphasis > MARKDOWN_LIMITS.emphasisMarks) return 'too many emphasis marks';
  if (links > MARKDOWN_LIMITS.linkOpeners) return 'too many brackets';
  if (tags > MARKDOWN_LIMITS.htmlOpeners) return 'too many HTML tags';
  if (cells > MARKDOWN_LIMITS.tableCells) return 'too many table cells';
  return null;
}

/**
 * How many block quotes and list items a line opens: `>` markers and list markers, each list
 * marker counting its indentation as well (two columns per level), as marked may read it.
 */
export function nestingOf(line: string): number {
  let depth = 0;
  let i = 0;
  for (;;) {
    let columns = 0;
    while (line[i] === ' ' || line[i] === '\t') columns += line[i++] === '\t' ? 4 : 1;
    if (line[i] === '>') {
      depth += 1;
      i += 1;
      continue;
    }
    const marker = listMarkerLength(line, i);
    if (marker === 0) return depth;
    depth += 1 + (columns >> 1);
    i += marker;
  }
}

/** List levels a line's indentation may continue (two columns each). */
function indentLevels(line: string): number {
  let columns = 0;
  for (let i = 0; line[i] === ' ' || line[i] === '\t'; i++) columns += line[i] === '\t' ? 4 : 1;
  return columns >> 1;
}

/** The length of the list marker at `i` with the space after it, or 0. */
function listMarkerLength(line: string, i: number): number {
  const char = line[i];
  if (char === '-' || char === '+' || char === '*') return isSpace(line[i + 1]) ? 2 : 0;
  let j = i;
  while (j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
  if (j === i || (line[j] !== '.' && line[j] !== ')')) return 0;
  return isSpace(line[j + 1]) ? j + 2 - i : 0;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/**
 * The fence a top-level line opens (its run of backticks or tildes), as CommonMark and marked
 * read it: up to three spaces, three or more of one character, no backtick in a backtick
 * fence's info string.
 */
export function opensFence(line: string): string | null {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match) return null;
  if (match[1]![0] === '`' && match[2]!.includes('`')) return null;
  return match[1]!;
}

export function closesFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return match !== null && match[1]![0] === fence[0] && match[1]!.length >= fence.length;
}
