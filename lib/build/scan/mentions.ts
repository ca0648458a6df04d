import type { Corpus, EntityType } from '../../shared/corpus-format/corpus-schema';
import { compileRecognizer, createRecognizer } from '../../shared/recognizer/index';
import { findInBlocks } from '../../page/text/find-in-blocks';

/** One mention as `scan --json` prints it. */
export interface ScanMention {
  /** The surface form as it appears in the text. */
  text: string;
  /** UTF-16 offsets into the scanned text (for HTML, into its visible text). */
  start: number;
  end: number;
  id: string;
  name: string;
  type: EntityType;
}

/**
 * A mention never crosses a block separator (U+2029, between the blocks of a page's visible
 * text); line breaks are read as spaces, since a text file's lines are often wrapped sentences.
 */
export type Scanner = (text: string) => ScanMention[];

export function createScanner(corpus: Corpus): Scanner {
  const recognizer = createRecognizer(compileRecognizer(corpus.entities));
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  return (text) =>
    findInBlocks(recognizer, text).map((m) => {
      const entity = byId.get(m.id)!;
      return { text: m.text, start: m.start, end: m.end, id: m.id, name: entity.name, type: entity.type };
    });
}
