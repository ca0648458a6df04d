import { describe, expect, it } from 'vitest';
import { centrality, topK } from '../../../lib/corpus/search/rank';
import { entry } from './fixtures';

describe('ranking', () => {
  it('keeps the best k, best first, shorter first on equal scores', () => {
    const ranked = [5, 1, 9, 3, 9, 7].map((score, i) => ({ item: i, score, length: i === 4 ? 1 : 10 }));
    expect(topK(ranked, 3).map((r) => r.item)).toEqual([4, 2, 5]);
    expect(topK(ranked, 10).map((r) => r.score)).toEqual([9, 9, 7, 5, 3, 1]);
    expect(topK(ranked, 0)).toEqual([]);
  });

  it('grows centrality with mentions, slowly', () => {
    const of = (mentions: number) => centrality(entry('x', 'concept', 'X', [], '', mentions));
    expect(of(0)).toBe(1);
    expect(of(10)).toBeGreaterThan(of(1));
    expect(of(1000)).toBeLessThan(3);
  });
});
