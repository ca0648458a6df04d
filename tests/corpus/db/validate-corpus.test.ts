import { describe, expect, it } from 'vitest';
import { CorpusShapeError, validateCorpus } from '../../../lib/corpus/db';
import { corpusV1, entity } from './fixtures';

function errorOf(value: unknown): CorpusShapeError {
  try {
    validateCorpus(value, 'corpus.json');
  } catch (error) {
    if (error instanceof CorpusShapeError) return error;
    throw error;
  }
  throw new Error('expected a CorpusShapeError');
}

describe('validateCorpus', () => {
  it('accepts a well-formed corpus and returns the same data', () => {
    const full = {
      version: 'v9',
      entities: [
        {
          ...entity('un-gge', 'process', 'UN Group of Governmental Experts', ['GGE']),
          facts: [{ text: 'Reported in 2013.', source: '001_140b32fc558893e9.txt' }],
          relations: [{ type: 'convened by', target: 'un', source: '001_140b32fc558893e9.txt' }],
          rules: [{ form: 'GGE', cues: ['report'] }, { form: 'Experts', ambiguous: true }],
          sources: [{ doc: '001_140b32fc558893e9.txt', start: 10, end: 16, quote: 'the GGE' }],
        },
      ],
    };
    expect(validateCorpus(full)).toEqual(full);
    expect(validateCorpus(corpusV1)).toEqual(corpusV1);
  });

  it('drops fields the schema does not declare', () => {
    const corpus = validateCorpus({ version: 'v1', extra: 1, entities: [{ ...corpusV1.entities[0], words: ['x'] }] });
    expect(corpus).toEqual({ version: 'v1', entities: [corpusV1.entities[0]] });
  });

  it('names the file, the path and what was expected', () => {
    expect(errorOf([]).message).toBe('corpus.json: (top level): expected an object, found an array');
    expect(errorOf({ entities: [] }).message).toBe('corpus.json: version: expected a non-empty string, found nothing');
    expect(errorOf({ version: 'v', entities: {} }).message).toBe('corpus.json: entities: expected an array, found an object');
    const badAlias = { version: 'v', entities: [{ ...corpusV1.entities[0], aliases: ['CICIR', 3] }] };
    expect(errorOf(badAlias).message).toBe('corpus.json: entities[0] (cicir).aliases[1]: expected a non-empty string, found number 3');
    expect(errorOf(badAlias).path).toBe('entities[0] (cicir).aliases[1]');
  });

  it('checks nested facts, rules and source excerpts', () => {
    const base = corpusV1.entities[0]!;
    const withFact = { ...base, facts: [{ text: 'x' }] };
    expect(errorOf({ version: 'v', entities: [withFact] }).path).toBe('entities[0] (cicir).facts[0].source');
    const withRule = { ...base, rules: [{ form: 'CICIR', ambiguous: 'yes' }] };
    expect(errorOf({ version: 'v', entities: [withRule] }).path).toBe('entities[0] (cicir).rules[0].ambiguous');
    const backwards = { ...base, sources: [{ doc: 'd.txt', start: 9, end: 3, quote: '' }] };
    expect(errorOf({ version: 'v', entities: [backwards] }).message).toBe(
      'corpus.json: entities[0] (cicir).sources[0].end: expected an offset not before start (9), found number 3',
    );
    const fractional = { ...base, sources: [{ doc: 'd.txt', start: 1.5, end: 3, quote: '' }] };
    expect(errorOf({ version: 'v', entities: [fractional] }).path).toBe('entities[0] (cicir).sources[0].start');
  });

  it('rejects an id used twice', () => {
    const twice = { version: 'v', entities: [corpusV1.entities[0], corpusV1.entities[1], corpusV1.entities[0]] };
    expect(errorOf(twice).message).toBe('corpus.json: entities[2].id: expected an id not already used by entities[0], found "cicir"');
  });
});
