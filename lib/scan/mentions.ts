import type { Corpus, EntityType } from '../corpus-schema';
import { compileRecognizer, createRecognizer } from '../recognizer/index';
import { findWithinBlocks } from './block-mentions';

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

/** `blocks`: the text's line breaks separate blocks (a page's visible text), not wrapped lines. */
export type Scanner = (text: string, options: { blocks: boolean }) => ScanMention[];

export function createScanner(corpus: Corpus): Scanner {
  const recognizer = createRecognizer(compileRecognizer(corpus.entities));
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  return (text, { blocks }) =>
    (blocks ? findWithinBlocks(recognizer, text) : recognizer.find(text)).map((m) => {
      const entity = byId.get(m.id)!;
      return { text: m.text, start: m.start, end: m.end, id: m.id, name: entity.name, type: entity.type };
    });
}
