import { cleanedOffset, type ReaderText } from '../../shared/corpus-format/reader-text';
import type { SourcePlace } from '../../shared/source-reader/source-place';

export interface TextRange {
  start: number;
  end: number;
}

export interface CitedPassage {
  /** The mention an excerpt is about, in the cleaned text. */
  mention: TextRange;
  /** The sentence (or sentences) around it: what the excerpt quotes. */
  passage: TextRange;
}

/**
 * Where a cited place lies in the reader's text: the mention, mapped from its verbatim
 * offsets, and the sentence around it as the corpus build split it (the quote a card shows is
 * that sentence, or a window of it). Undefined when the offsets lie past the document.
 */
export function citedPassage(reader: ReaderText, place: SourcePlace): CitedPassage | undefined {
  const start = cleanedOffset(reader, place.start);
  const end = Math.max(start, cleanedOffset(reader, place.end));
  if (start >= reader.text.length) return undefined;
  const mention = { start, end: end > start ? end : start + 1 };
  let passage = { ...mention };
  const s = reader.sentences;
  for (let i = 0; i < s.length; i += 2) {
    if (s[i + 1]! > mention.start && s[i]! < mention.end) {
      passage = { start: Math.min(passage.start, s[i]!), end: Math.max(passage.end, s[i + 1]!) };
    }
  }
  return { mention, passage };
}
