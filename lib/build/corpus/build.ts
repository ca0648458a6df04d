import type { Corpus } from '../../shared/corpus-format/corpus-schema';
import type { ReaderText } from '../../shared/corpus-format/reader-text';
import { formatProblem } from '../glossary/problem';
import { readGlossary } from '../glossary/read-glossary';
import { cleanSourceText } from '../source-text/clean';
import { readerText } from '../source-text/reader-text';
import { assembleCorpus } from './assemble';
import { excerptsFrom } from './excerpts';
import { recogniseEntities } from './recognise';
import { readSourceDocuments } from './source-docs';

export interface BuildInput {
  /** Folder of the verbatim source documents (*.txt). */
  seedsDir: string;
  /** Folder of the glossary files (*.yaml). */
  glossaryDir: string;
}

/** The corpus, and each source document's cleaned text for the source reader. */
export type BuildResult = { ok: true; corpus: Corpus; readerTexts: ReaderText[] } | { ok: false; errors: string[] };

/**
 * seeds/glossary → validate → recognise in the source documents → excerpts → corpus.
 * Fails with every problem found: glossary errors first; then, for a valid glossary, every
 * entity that no source document mentions (a card must be able to show where it comes from).
 */
export function buildCorpus(input: BuildInput): BuildResult {
  const docs = readSourceDocuments(input.seedsDir);
  const glossary = readGlossary(input.glossaryDir, docs.map((d) => d.name));
  if (glossary.problems.length > 0) return { ok: false, errors: glossary.problems.map(formatProblem) };

  // Recognition runs on the cleaned text, so that names broken across PDF lines or interrupted
  // by a footnote block are found; excerpts map the offsets back to the verbatim documents.
  const cleaned = docs.map((d) => ({ name: d.name, cleaned: cleanSourceText(d.text) }));
  const mentions = recogniseEntities(cleaned.map((d) => d.cleaned.text), glossary.entities);
  const excerpts = excerptsFrom(cleaned, mentions);
  const unmentioned = glossary.entities.filter((e) => !excerpts.has(e.id));
  if (unmentioned.length > 0) {
    const errors = unmentioned.map((e) => {
      const at = glossary.locations.get(e.id)!;
      return formatProblem({
        ...at,
        entity: e.id,
        message: 'not found in any source document: no excerpt for its name or aliases',
      });
    });
    return { ok: false, errors };
  }
  return {
    ok: true,
    corpus: assembleCorpus(glossary.entities, excerpts),
    readerTexts: cleaned.map((d) => readerText(d.name, d.cleaned)),
  };
}
