import { contentLines, type Line } from './content-lines';
import { MappedTextBuilder, type MappedText } from './mapped-text';

/**
 * Puts sentences broken across lines back together. Each line break becomes one of:
 * - nothing, after a hyphen at the end of a line (see `keepsLineEndHyphen`);
 * - a space, where the sentence runs on (see `runsOn`);
 * - "\n", a hard break, everywhere else (headings, list entries, ends of paragraphs).
 * Sentences never run across a hard break.
 */
export function joinLines(source: MappedText): MappedText {
  const text = source.text;
  const lines = contentLines(text);
  const width = wrapWidth(lines);
  const vocabulary = hyphenVocabulary(text);
  const out = new MappedTextBuilder(source);
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next) {
      out.keep(line.start, line.end);
      return;
    }
    const lineText = text.slice(line.start, line.end);
    const nextText = text.slice(next.start, next.end);
    if (/\p{L}-$/u.test(lineText) && /^\p{L}/u.test(nextText)) {
      const keep = keepsLineEndHyphen(lineText, nextText, vocabulary);
      out.keep(line.start, keep ? line.end : line.end - 1);
    } else if (runsOn(lineText, nextText, width)) {
      out.keep(line.start, line.end);
      out.insert(' ', line.end);
    } else {
      out.keep(line.start, line.end);
      out.insert('\n', line.end);
    }
  });
  return out.build();
}

/**
 * Whether the sentence on `line` continues on `next`. A sentence never starts in lower case.
 * In a document wrapped at a fixed `width`, the line was wrapped when the next word would not
 * have fitted on it (with some slack, the fonts are proportional), unless the next line starts
 * a list entry with a title ("Mr.", "H.E."); and a long line that ends in a lower-case word or a
 * comma is cut mid-sentence: headings, names and list entries end otherwise, paragraphs end
 * with a full stop.
 */
export function runsOn(line: string, next: string, width: number): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  if (width === 0) return false;
  // A short line ending in a colon is a label of its own ("Speakers:").
  if (next.endsWith(':') && next.length < width * 0.5) return false;
  const cutMidSentence = line.length >= width * 0.5 && /(?:^|\s)\p{Ll}\S*$|,$/u.test(line);
  if (cutMidSentence) return true;
  // Lists of participants: each entry starts with a title, or with a surname in capitals and a
  // given name ("LU Zhi’an, Deputy Director"), and entries are long enough to look wrapped.
  if (TITLE.test(next) || LISTED_NAME.test(next)) return false;
  const nextWord = /^\S+/.exec(next)?.[0] ?? '';
  return line.length + 1 + nextWord.length >= width * 0.9;
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Amb|H\.E|Lt|Col|Engr|Pol)\.?\s/;
const LISTED_NAME = /^\p{Lu}{2,}\s+\p{Lu}\p{Ll}+(?:[’'-]\p{Ll}+)*,\s/u;

/**
 * Line width of a document wrapped at a fixed width (the PDF extraction, the SECD summary), or
 * 0 for documents that hold one paragraph per line. Taken at the 90th percentile so that the
 * odd overlong line does not count.
 */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.end - l.start).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return width > 0 && width <= 160 ? width : 0;
}

/**
 * Whether "multi-" at the end of a line and "stakeholder" on the next form "multi-stakeholder"
 * or "multistakeholder". The document itself decides: the hyphen stays when the hyphenated
 * word occurs elsewhere in it, or the next part is capitalised ("e-" + "Government",
 * "China-" + "Japan"); it goes only when the document writes the word solid elsewhere and never
 * hyphenated. Unknown words keep the hyphen: dropping a real hyphen changes the word, keeping
 * a typesetter's hyphen only looks odd.
 */
export function keepsLineEndHyphen(line: string, next: string, vocabulary: Set<string>): boolean {
  const head = /(\p{L}+)-$/u.exec(line)?.[1] ?? '';
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  if (/^\p{Lu}/u.test(tail)) return true;
  const joined = (head + tail).toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  if (vocabulary.has(hyphenated)) return true;
  return !vocabulary.has(joined);
}

/** Words and hyphenated compounds of a document, lower-cased; hyphens at line ends split. */
export function hyphenVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const word = m[0].toLowerCase();
    words.add(word);
    const parts = word.split('-');
    for (let i = 0; i + 1 < parts.length; i++) words.add(`${parts[i]}-${parts[i + 1]}`);
  }
  return words;
}
