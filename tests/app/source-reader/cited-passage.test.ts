import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/build/corpus/build';
import { citedPassage } from '../../../lib/app/source-reader/cited-passage';
import { cleanedOffset, validateReaderText, type ReaderText } from '../../../lib/shared/corpus-format/reader-text';

const built = buildCorpus({ seedsDir: 'seeds', glossaryDir: 'seeds/glossary' });
if (!built.ok) throw new Error(built.errors.join('\n'));
const { corpus } = built;
// Through JSON and the reader's own validation, as the page receives them.
const readers = new Map(
  built.readerTexts.map((r) => [r.doc, validateReaderText(JSON.parse(JSON.stringify(r)), `${r.doc}.json`)]),
);

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the cited passage in the source reader', () => {
  it('finds, for every excerpt of the corpus, the mention and a passage holding the quote', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const entity of corpus.entities) {
      for (const excerpt of entity.sources) {
        const reader = readers.get(excerpt.doc)!;
        const cited = citedPassage(reader, excerpt);
        const verbatim = readFileSync(`seeds/${excerpt.doc}`, 'utf8').slice(excerpt.start, excerpt.end);
        const mention = cited && reader.text.slice(cited.mention.start, cited.mention.end);
        const passage = cited && reader.text.slice(cited.passage.start, cited.passage.end);
        const quote = excerpt.quote.replace(/^…|…$/g, '');
        // The verbatim mention may be broken across a PDF line ("multi-\nstakeholder").
        const sameMention = mention !== undefined && squeeze(mention).replace(/-/g, '') === squeeze(verbatim).replace(/-\s*/g, '').replace(/\s+/g, ' ');
        if (!sameMention || !passage?.includes(quote)) wrong.push(`${entity.id}: ${excerpt.doc}@${excerpt.start}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('maps text the cleaning dropped to what follows it', () => {
    const reader: ReaderText = { doc: 'x.txt', text: 'ab cd', runs: [0, 0, 2, 10], sentences: [0, 5] };
    expect([0, 1, 2, 5, 10, 11, 12].map((v) => cleanedOffset(reader, v))).toEqual([0, 1, 2, 2, 2, 3, 4]);
    expect(cleanedOffset(reader, 99)).toBe(5);
  });

  it('rejects a reader text whose runs go backwards, naming the place', () => {
    expect(() => validateReaderText({ doc: 'x.txt', text: 'abcd', runs: [0, 5, 2, 3], sentences: [] }, 'x.json')).toThrow(
      'x.json: runs[2]: expected offsets after the previous run, found number 2',
    );
  });
});
