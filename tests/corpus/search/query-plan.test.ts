import { describe, expect, it } from 'vitest';
import { MAX_SCORED_ENTRIES, fuzziness, planQuery } from '../../../lib/corpus/search/query-plan';
import type { TermCounts, TermStats } from '../../../lib/corpus/search/term-stats';

const MANY = MAX_SCORED_ENTRIES + 1;

/** Stats where a few words are common; prefix counts are the word's own counts. */
function statsWith(counts: Record<string, TermCounts>): TermStats {
  const of = (term: string) => counts[term] ?? { names: 1, summary: 1 };
  return { count: of, prefixCount: of };
}

describe('query plans', () => {
  const stats = statsWith({
    of: { names: MANY, summary: MANY },
    cyber: { names: 40, summary: MANY },
  });

  it('scores rare words on every field, the last one as a prefix', () => {
    expect(planQuery(['budapest', 'conv'], stats)).toEqual({
      scored: [
        { term: 'budapest', prefix: true, fuzzy: 1, namesOnly: false },
        { term: 'conv', prefix: true, fuzzy: false, namesOnly: false },
      ],
      filters: [],
    });
  });

  it('scores a word common in summaries on names only, and filters by one common everywhere', () => {
    const plan = planQuery(['code', 'of', 'cyber', 'conduct'], stats);
    expect(plan.scored.map((s) => [s.term, s.namesOnly])).toEqual([
      ['code', false],
      ['cyber', true],
      ['conduct', false],
    ]);
    expect(plan.filters).toEqual([{ kind: 'word', term: 'of' }]);
  });

  it('filters by a short last word as the beginning of a name word, and matches short earlier words whole', () => {
    const plan = planQuery(['li', 'b'], stats);
    expect(plan.scored).toEqual([{ term: 'li', prefix: false, fuzzy: false, namesOnly: false }]);
    expect(plan.filters).toEqual([{ kind: 'name-prefix', term: 'b' }]);
  });

  it('forgives more typos in longer words, none in short ones', () => {
    expect([fuzziness('itu'), fuzziness('cond'), fuzziness('budapst'), fuzziness('confidnce')]).toEqual([false, false, 1, 2]);
  });
});
