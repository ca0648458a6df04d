import { describe, expect, it } from 'vitest';
import { reanchorQuote, type QuoteAnchor } from '../../../lib/page/reanchor/reanchor';
import { approximateEnds, matchStart } from '../../../lib/page/reanchor/approximate-match';
import { seededRandom } from '../../../harness/seeded-random';

const ARTICLE =
  'The Group of Governmental Experts met in New York. States agreed that international law, ' +
  'and in particular the Charter of the United Nations, is applicable to cyberspace. ' +
  'They recommended confidence-building measures to reduce the risk of conflict. ' +
  'Later, regional bodies adopted confidence-building measures of their own.';

/** The anchor a selection of `text` from `start` to `end` would store. */
function anchorAt(text: string, start: number, end: number): QuoteAnchor {
  return { quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

function anchorOf(text: string, quote: string, occurrence = 0): QuoteAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`"${quote}" not in text`);
  return anchorAt(text, start, start + quote.length);
}

describe('re-anchoring a page quote', () => {
  it('finds an unchanged quote where it was', () => {
    const anchor = anchorOf(ARTICLE, 'international law');
    const match = reanchorQuote(ARTICLE, anchor);
    expect(match).toMatchObject({ method: 'exact', distance: 0 });
    expect(ARTICLE.slice(match!.start, match!.end)).toBe('international law');
  });

  it('tells repeated quotes apart by their surroundings', () => {
    const second = anchorOf(ARTICLE, 'confidence-building measures', 1);
    const match = reanchorQuote(ARTICLE, second)!;
    expect(match.start).toBe(ARTICLE.lastIndexOf('confidence-building measures'));
    const first = anchorOf(ARTICLE, 'confidence-building measures', 0);
    expect(reanchorQuote(ARTICLE, first)!.start).toBe(ARTICLE.indexOf('confidence-building measures'));
  });

  it('follows the quote when text is added before it and its surroundings change', () => {
    const anchor = anchorOf(ARTICLE, 'confidence-building measures', 1);
    const changed = 'Editor’s note: updated. ' + ARTICLE.replace('Later, regional', 'In 2016 and later, several regional');
    const match = reanchorQuote(changed, anchor)!;
    expect(match.start).toBe(changed.lastIndexOf('confidence-building measures'));
    expect(match.method).toBe('exact');
  });

  it('finds a quote whose case, white space, quote marks or dashes changed', () => {
    const anchor: QuoteAnchor = { quote: 'the "Charter of the United Nations" - applicable', prefix: '', suffix: '' };
    const page = 'Text. THE “Charter\n   of the United Na\u00adtions” — applicable to cyberspace.';
    const match = reanchorQuote(page, anchor)!;
    expect(match.method).toBe('folded');
    expect(page.slice(match.start, match.end)).toBe('THE “Charter\n   of the United Na\u00adtions” — applicable');
  });

  it('finds a quote whose accents changed, as the recogniser folds them', () => {
    const anchor: QuoteAnchor = { quote: "Cote d'Ivoire and Curacao", prefix: '', suffix: '' };
    const page = 'Delegations: Côte d’Ivoire and Curaçao, among others.';
    const match = reanchorQuote(page, anchor)!;
    expect(match.method).toBe('folded');
    expect(page.slice(match.start, match.end)).toBe('Côte d’Ivoire and Curaçao');
  });

  it('finds a quote that was lightly edited', () => {
    const anchor = anchorOf(ARTICLE, 'They recommended confidence-building measures to reduce the risk of conflict.');
    const edited = ARTICLE.replace(
      'They recommended confidence-building measures to reduce the risk of conflict.',
      'They recommend confidence building measures to reduce risks of conflict.',
    );
    const match = reanchorQuote(edited, anchor)!;
    expect(match.method).toBe('fuzzy');
    expect(match.distance).toBeGreaterThan(0);
    expect(edited.slice(match.start, match.end)).toBe('They recommend confidence building measures to reduce risks of conflict.');
  });

  it('gives up when the passage is gone or changed beyond the allowed edits', () => {
    const anchor = anchorOf(ARTICLE, 'international law, and in particular the Charter');
    expect(reanchorQuote('A page about something else entirely, with no such passage.', anchor)).toBeNull();
    const rewritten = ARTICLE.replace('international law, and in particular the Charter', 'the rules of the road, especially the treaty');
    expect(reanchorQuote(rewritten, anchor)).toBeNull();
    expect(reanchorQuote(ARTICLE, { quote: '  ', prefix: '', suffix: '' })).toBeNull();
    expect(reanchorQuote(rewritten, anchor, { maxEditRatio: 0 })).toBeNull();
  });

  it('re-finds random quotes after random small edits elsewhere and inside them', () => {
    const random = seededRandom(20261123);
    const words = ARTICLE.split(' ');
    for (let round = 0; round < 60; round += 1) {
      const text = Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]).join(' ');
      const start = Math.floor(random() * (text.length - 80));
      const end = start + 40 + Math.floor(random() * 40);
      const anchor = anchorAt(text, start, end);
      // Insert text before the quote and change one character inside it.
      const insertAt = Math.floor(random() * start);
      const inner = start + 5 + Math.floor(random() * (end - start - 10));
      const changed = text.slice(0, insertAt) + 'INSERTED ' + text.slice(insertAt, inner) + '#' + text.slice(inner + 1);
      const shift = 'INSERTED '.length;
      const match = reanchorQuote(changed, anchor);
      expect(match, `round ${round}`).not.toBeNull();
      expect(match!.distance).toBeLessThanOrEqual(1);
      // The passage found overlaps the moved original almost entirely.
      expect(Math.abs(match!.start - (start + shift))).toBeLessThanOrEqual(1);
      expect(Math.abs(match!.end - (end + shift))).toBeLessThanOrEqual(1);
    }
  });
});

describe('approximate matching', () => {
  it('reports the best end of each matching run and the start that goes with it', () => {
    const text = 'xx abcdef yy abXdef zz';
    const ends = approximateEnds(text, 'abcdef', 1);
    expect(ends).toEqual([
      { end: 9, distance: 0 },
      { end: 19, distance: 1 },
    ]);
    expect(matchStart(text, 'abcdef', 19, 1)).toEqual({ start: 13, end: 19, distance: 1 });
  });

  it('counts insertions and deletions as one edit each', () => {
    expect(approximateEnds('the abcXdef end', 'abcdef', 1)).toEqual([{ end: 11, distance: 1 }]);
    expect(matchStart('the abcXdef end', 'abcdef', 11, 1)).toEqual({ start: 4, end: 11, distance: 1 });
    expect(approximateEnds('the abdef end', 'abcdef', 1).map((found) => found.distance)).toEqual([1]);
    expect(approximateEnds('nothing here', 'abcdef', 1)).toEqual([]);
  });
});
