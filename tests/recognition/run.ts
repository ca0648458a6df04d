/**
 * Runs the evaluation the way the extension recognises: entries taken from the built corpus,
 * compiled, sent through JSON (as from background to content script) and revived.
 */
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../lib/corpus-schema';
import { compileRecognizer, createRecognizer } from '../../lib/recognizer';
import { evaluate, type Evaluation } from './evaluate';
import { loadPassages, type Passage } from './fixtures';

export const CORPUS_FILE = 'public/corpus.json';

export function runEvaluation(corpusFile = CORPUS_FILE): { evaluation: Evaluation; passages: Passage[] } {
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
  const entries = corpus.entities.map(({ id, name, aliases, rules }) => ({ id, name, aliases, rules }));
  const compiled = JSON.parse(JSON.stringify(compileRecognizer(entries)));
  const recognizer = createRecognizer(compiled);
  const passages = loadPassages(undefined, new Set(entries.map((e) => e.id)));
  return { evaluation: evaluate(recognizer, passages), passages };
}
