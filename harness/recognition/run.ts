/**
 * Runs the evaluation the way the extension recognises: entries taken from the built corpus,
 * compiled, sent through JSON (as from background to content script) and revived. Each part of
 * the set is scored on its own, as a whole and per kind of page.
 */
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../lib/shared/corpus-format/corpus-schema';
import { compileRecognizer, createRecognizer, transferMachine, type Recognizer } from '../../lib/shared/recognizer';
import { evaluate, type Evaluation } from './evaluate';
import { GENRES, loadPassages, PARTS, type Genre, type Part, type Passage } from './fixtures';

export const CORPUS_FILE = 'public/corpus.json';

export interface PartEvaluation {
  part: Part;
  evaluation: Evaluation;
  /** The same figures per kind of page, for the kinds the part holds. */
  genres: Array<{ genre: Genre; evaluation: Evaluation }>;
}

export function evaluateParts(recognizer: Recognizer, passages: readonly Passage[]): PartEvaluation[] {
  return PARTS.map((part) => {
    const inPart = passages.filter((p) => p.part === part);
    const genres = GENRES.map((genre) => ({ genre, passages: inPart.filter((p) => p.genre === genre) }))
      .filter((g) => g.passages.length > 0)
      .map(({ genre, passages: ofGenre }) => ({ genre, evaluation: evaluate(recognizer, ofGenre) }));
    return { part, evaluation: evaluate(recognizer, inPart), genres };
  });
}

export function runEvaluation(corpusFile = CORPUS_FILE): { parts: PartEvaluation[]; passages: Passage[] } {
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
  const entries = corpus.entities.map(({ id, name, aliases, rules }) => ({ id, name, aliases, rules }));
  const compiled = JSON.parse(JSON.stringify(compileRecognizer(entries)));
  // As a page gets it: the automaton the background built, through JSON.
  const recognizer = createRecognizer(compiled, JSON.parse(JSON.stringify(transferMachine(compiled))));
  const passages = loadPassages(undefined, new Set(entries.map((e) => e.id)));
  return { parts: evaluateParts(recognizer, passages), passages };
}
