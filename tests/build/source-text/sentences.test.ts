import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanSourceText } from '../../../lib/build/source-text/clean';
import { MAX_QUOTE_LENGTH, quoteAround } from '../../../lib/build/source-text/excerpt';
import { splitSentences } from '../../../lib/shared/corpus-format/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The quote for the first occurrence of `mention` in `text`. */
function quote(text: string, mention: string, maxLength?: number): string {
  const at = text.indexOf(mention);
  expect(at).toBeGreaterThanOrEqual(0);
  return quoteAround(text, splitSentences(text), at, at + mention.length, maxLength);
}

describe('sentences', () => {
  it('splits after full stops, question marks and closing quotes', () => {
    expect(sentences('One ends here. “Two ends here.” Three? Four')).toEqual([
      'One ends here.',
      '“Two ends here.”',
      'Three?',
      'Four',
    ]);
  });

  it('does not split after titles, initials, dotted abbreviations or the day of a date', () => {
    const text =
      'Mr. Li Baodong met Dr. Soranun and Mr. Vinod K. Jacob at No. 5 on 30. September 2015. ' +
      'The U.S. and China agreed, e.g. on CERTs. H.E. Mr. Kurbanov spoke.';
    expect(sentences(text)).toEqual([
      'Mr. Li Baodong met Dr. Soranun and Mr. Vinod K. Jacob at No. 5 on 30. September 2015.',
      'The U.S. and China agreed, e.g. on CERTs.',
      'H.E. Mr. Kurbanov spoke.',
    ]);
  });

  it('never runs a sentence across a block boundary', () => {
    expect(sentences('Session I: Cyberspace Policies\nSri Lanka CERT/CC\nThe representative spoke.')).toEqual([
      'Session I: Cyberspace Policies',
      'Sri Lanka CERT/CC',
      'The representative spoke.',
    ]);
  });
});

describe('quotes', () => {
  const workshop = cleanSourceText(readFileSync('seeds/001_140b32fc558893e9.txt', 'utf8')).text;

  it('quote the whole sentence around a mention, across the PDF line breaks', () => {
    expect(quote(workshop, 'Li Baodong')).toBe(
      'Mr. Li Baodong, Vice Foreign Minister of China, attended the opening session of the workshop.',
    );
  });

  it('cut a long sentence to a window around the mention, at word boundaries', () => {
    const sentence = workshop.slice(workshop.indexOf('He maintained that the principle of state sovereignty'));
    const full = sentence.slice(0, sentence.indexOf('interests.') + 'interests.'.length);
    expect(full.length).toBeGreaterThan(MAX_QUOTE_LENGTH);
    const cut = quote(workshop, 'ICT infrastructure');
    expect(cut.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH + 2);
    expect(cut).toContain('ICT infrastructure');
    expect(cut.startsWith('…') || cut.endsWith('…')).toBe(true);
    expect(full).toContain(cut.replace(/^…|…$/g, ''));
    const inner = cut.replace(/^…|…$/g, '');
    expect(full.indexOf(inner) === 0 || full[full.indexOf(inner) - 1] === ' ').toBe(true);
  });

  it('keep a mention near the start of a long sentence whole and cut only the end', () => {
    const text = 'Alpha ' + 'word '.repeat(100) + 'end.';
    expect(quote(text, 'Alpha', 40)).toBe('Alpha word word word word word word word…');
  });
});
