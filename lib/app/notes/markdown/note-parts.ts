import { closesFence, opensFence } from './format-limits';

/** A part is cut off at the first place it may be once it holds this many characters. */
export const PART_TARGET_CHARS = 1_500;
// Link reference definitions are copied into every part, so that `[text][ref]` resolves in any.
const MAX_SHARED_DEFINITIONS_CHARS = 2_000;

const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;

/**
 * A note cut into parts that marked formats one at a time, each as it would be within the whole
 * note, so that a long note is formatted a little at a time. Parts end only where CommonMark
 * starts a block afresh: before a line that begins in the first column after a blank line, or
 * before a top-level item of a list. Never inside fenced code. A short note is one part. The
 * parts joined with line breaks are the note.
 */
export function splitNoteParts(source: string, target = PART_TARGET_CHARS): string[] {
  if (source.length <= target) return [source];
  const lines = source.split('\n');
  const parts: string[] = [];
  let start = 0;
  let chars = 0;
  let fence: string | null = null;
  let previousBlank = false;
  let inTopList = false;
  // Characters since the last blank line: a list is cut between its items only when it is long,
  // since the two lists it becomes are spaced apart like any two lists.
  let blockChars = 0;
  lines.forEach((line, index) => {
    const blank = line.trim() === '';
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
    } else if (!blank) {
      const firstColumn = line[0] !== ' ' && line[0] !== '\t';
      const listItem = firstColumn && LIST_ITEM.test(line);
      const newBlock = firstColumn && (previousBlank || (listItem && inTopList && blockChars >= target));
      if (newBlock && chars >= target && index > start) {
        parts.push(lines.slice(start, index).join('\n'));
        start = index;
        chars = 0;
      }
      if (newBlock || index === start) inTopList = listItem;
      else if (firstColumn && !listItem) inTopList = false;
      fence = opensFence(line);
    }
    if (previousBlank && !blank) blockChars = 0;
    chars += line.length + 1;
    blockChars += line.length + 1;
    previousBlank = blank;
  });
  parts.push(lines.slice(start).join('\n'));
  return parts;
}

/**
 * The note's link reference definitions (`[ref]: https://…`), to be added to each part; empty
 * when there are none, or too many to copy into every part.
 */
export function sharedDefinitions(source: string): string {
  const definitions: string[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    fence = opensFence(line);
    if (fence === null && DEFINITION.test(line)) definitions.push(line);
  }
  const shared = definitions.join('\n');
  return shared.length > MAX_SHARED_DEFINITIONS_CHARS ? '' : shared;
}

/** True when `part` ends inside fenced code, where added definitions would become code. */
export function endsInFence(part: string): boolean {
  let fence: string | null = null;
  for (const line of part.split('\n')) {
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
    } else fence = opensFence(line);
  }
  return fence !== null;
}
