import { describe, expect, it } from 'vitest';
import { SurfaceForms } from '../../../lib/shared/recognizer/surface-forms';
import { createRecognizer, compileRecognizer } from '../../../lib/shared/recognizer';
import { entry } from './helpers';

describe('surface forms', () => {
  it('gives each mention its own spelling, shared only when the characters are the same', () => {
    const text = 'China, CHINA, china and China; the PRC and China.';
    const forms = new SurfaceForms(8);
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return forms.at(text, start, start + word.length, 7);
    };
    const first = at('China');
    expect(at('CHINA')).toBe('CHINA');
    expect(at('china')).toBe('china');
    const again = at('China', 20);
    expect(again).toBe('China');
    expect(at('PRC')).toBe('PRC');
    expect(first).toBe('China');
  });

  it('keeps find returning the text as written for every mention', () => {
    const recognizer = createRecognizer(compileRecognizer([entry('cn', 'China', ['PRC'])]));
    const text = 'China and CHINA talks; china, the PRC, Chinas.';
    for (const m of recognizer.find(text)) expect(m.text).toBe(text.slice(m.start, m.end));
    expect(recognizer.find(text).map((m) => m.text)).toEqual(['China', 'CHINA', 'china', 'PRC', 'Chinas']);
    // Spellings remembered from one text are not carried into the next unless it has them too.
    expect(recognizer.find('Talks with CHINA and China.').map((m) => m.text)).toEqual(['CHINA', 'China']);
  });
});
