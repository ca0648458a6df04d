/**
 * The lines of a document that carry its text, without the page furniture that the PDF
 * extraction of the Beijing workshop report (001) left in the flow: page numbers ("page 24"),
 * blank lines, and footnote blocks printed at the foot of a page, in the middle of a sentence.
 */
export interface Line {
  /** Offsets of the line's text without surrounding whitespace. */
  start: number;
  end: number;
  /** The raw line began with whitespace (how 001 marks the first line of a new page). */
  indented: boolean;
}

const PAGE_NUMBER = /^page \d+$/i;
const FOOTNOTE_NUMBER = /^\d{1,3}$/;
/** The footnote rule: a line of nothing but a long run of spaces. */
const FOOTNOTE_RULE = /^[^\S\n]{20,}$/;

export function contentLines(text: string): Line[] {
  const all = splitLines(text);
  const kept: Line[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (FOOTNOTE_RULE.test(text.slice(line.rawStart, line.rawEnd))) {
      i = endOfFootnotes(text, all, i + 1) - 1;
      continue;
    }
    const content = text.slice(line.start, line.end);
    if (content === '' || PAGE_NUMBER.test(content)) continue;
    kept.push({ start: line.start, end: line.end, indented: line.indented });
  }
  return kept;
}

/**
 * Footnotes follow the rule as "<number>" on its own line, then the note, whose first line is
 * indented and whose continuation lines are not. The page's own text resumes on the next
 * indented line that does not follow a number. Returns the index of that line.
 */
function endOfFootnotes(text: string, lines: RawLine[], from: number): number {
  let i = from;
  const isNumber = (k: number) => FOOTNOTE_NUMBER.test(text.slice(lines[k]!.start, lines[k]!.end));
  const isBlank = (k: number) => lines[k]!.start === lines[k]!.end;
  while (i < lines.length && isBlank(i)) i++;
  while (i < lines.length && isNumber(i)) {
    i += 2; // the number and the note's first line
    while (i < lines.length && (isBlank(i) || (!lines[i]!.indented && !isNumber(i)))) i++;
  }
  return i;
}

interface RawLine extends Line {
  rawStart: number;
  rawEnd: number;
}

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let rawStart = 0;
  while (rawStart <= text.length) {
    const newline = text.indexOf('\n', rawStart);
    const rawEnd = newline === -1 ? text.length : newline;
    let start = rawStart;
    let end = rawEnd;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    lines.push({ rawStart, rawEnd, start, end, indented: start > rawStart && start < rawEnd });
    if (newline === -1) break;
    rawStart = newline + 1;
  }
  return lines;
}
