import type { ReaderText } from '../../shared/corpus-format/reader-text';
import type { MappedText } from './mapped-text';
import { splitSentences } from './sentences';

/**
 * The cleaned text of a document with its origins folded into runs, for the source reader to
 * find a cited mention by its verbatim offsets. Cleaning only drops and joins, so origins never
 * go backwards; if a change to it ever made them, the reader could not map offsets, so this
 * fails the build naming the place.
 */
export function readerText(doc: string, cleaned: MappedText): ReaderText {
  const runs: number[] = [];
  const { origin } = cleaned;
  for (let i = 0; i < origin.length; i++) {
    const from = origin[i]!;
    if (i > 0 && from < origin[i - 1]!) {
      throw new Error(`${doc}: cleaned text at ${i} comes from verbatim ${from}, before ${origin[i - 1]} of the character preceding it`);
    }
    if (i === 0 || from !== origin[i - 1]! + 1) runs.push(i, from);
  }
  const sentences = splitSentences(cleaned.text).flatMap((s) => [s.start, s.end]);
  return { doc, text: cleaned.text, runs, sentences };
}
