/**
 * A source document as the source reader shows it, written by `npm run corpus` next to the
 * corpus (public/sources/<name>.json) and fetched only by the reader page, so that no page and
 * no content script carries source texts. Declared once; the build writes it, the reader
 * validates it.
 */
import { describeValue, shapeChecks } from '../shape-check';
import type { SourceDoc } from './corpus-schema';

export interface ReaderText {
  doc: SourceDoc;
  /** The cleaned text (blocks separated by "\n"), as excerpts quote it. */
  text: string;
  /**
   * Where the cleaned text comes from in the verbatim document, in runs: pairs
   * [cleaned offset, verbatim offset], one where a run of consecutive characters begins. The
   * character at cleaned offset c of a run starting at [c0, v0] comes from verbatim v0 + c - c0.
   */
  runs: number[];
  /** Sentences of the cleaned text as [start, end) pairs, in order: the passages a quote cites. */
  sentences: number[];
}

export class ReaderTextError extends Error {
  constructor(origin: string, path: string, expected: string, found: string) {
    super(`${origin}: ${path}: expected ${expected}, found ${found}`);
    this.name = 'ReaderTextError';
  }
}

/** Checks parsed JSON against `ReaderText`; `origin` names the file in error messages. */
export function validateReaderText(value: unknown, origin: string): ReaderText {
  const c = shapeChecks((path, expected, found) => {
    throw new ReaderTextError(origin, path, expected, describeValue(found));
  });
  const o = c.record(value, '(top level)');
  const text = c.string(o.text, 'text');
  const runs = c.list(o.runs, 'runs', (v, p) => c.offset(v, p));
  if (runs.length % 2 !== 0) c.fail('runs', 'pairs of offsets', `${runs.length} numbers`);
  for (let i = 2; i < runs.length; i += 2) {
    if (runs[i]! <= runs[i - 2]! || runs[i + 1]! < runs[i - 1]!) c.fail(`runs[${i}]`, 'offsets after the previous run', runs[i]);
  }
  if (runs.length > 0 && runs[runs.length - 2]! >= Math.max(text.length, 1)) {
    c.fail(`runs[${runs.length - 2}]`, `an offset inside the text (${text.length} characters)`, runs[runs.length - 2]);
  }
  const sentences = c.list(o.sentences, 'sentences', (v, p) => c.offset(v, p));
  if (sentences.length % 2 !== 0) c.fail('sentences', 'pairs of offsets', `${sentences.length} numbers`);
  for (let i = 0; i < sentences.length; i++) {
    const previous = i === 0 ? 0 : sentences[i - 1]!;
    if (sentences[i]! < previous || sentences[i]! > text.length) c.fail(`sentences[${i}]`, 'offsets in order within the text', sentences[i]);
  }
  return { doc: c.nonEmptyString(o.doc, 'doc'), text, runs, sentences };
}

/**
 * The cleaned offset of verbatim offset `verbatim`: the first cleaned character that comes from
 * it or from later in the document (text the cleaning dropped maps to what follows it).
 */
export function cleanedOffset(reader: ReaderText, verbatim: number): number {
  const { runs, text } = reader;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = i + 2 < runs.length ? runs[i + 2]! : text.length;
    const from = runs[i + 1]!;
    if (verbatim < from) return start;
    if (verbatim < from + (end - start)) return start + (verbatim - from);
  }
  return text.length;
}
