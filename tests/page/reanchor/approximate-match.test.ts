import { describe, expect, it } from 'vitest';
import { approximateEnds, matchStart } from '../../../lib/page/reanchor/approximate-match';

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
