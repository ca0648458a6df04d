import { describe, expect, it } from 'vitest';
import { buildTermStats } from '../../../lib/corpus/search/term-stats';

const stats = buildTermStats([
  { names: ['cyber', 'dialogue', 'cyber'], summary: ['a', 'cyber', 'dialogue'] },
  { names: ['cybercrime', 'convention'], summary: ['a', 'treaty'] },
  { names: ['code', 'of', 'conduct'], summary: ['a', 'cyber', 'code'] },
]);

describe('term statistics', () => {
  it('counts the entries a word occurs in, per field, once per entry', () => {
    expect(stats.count('cyber')).toEqual({ names: 1, summary: 2 });
    expect(stats.count('a')).toEqual({ names: 0, summary: 3 });
    expect(stats.count('absent')).toEqual({ names: 0, summary: 0 });
  });

  it('sums the counts of every word a prefix begins', () => {
    expect(stats.prefixCount('cyber')).toEqual({ names: 2, summary: 2 });
    expect(stats.prefixCount('co')).toEqual({ names: 3, summary: 1 });
    expect(stats.prefixCount('conv')).toEqual({ names: 1, summary: 0 });
    expect(stats.prefixCount('zz')).toEqual({ names: 0, summary: 0 });
  });
});
