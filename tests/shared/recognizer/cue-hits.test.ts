import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../harness/seeded-random';
import { CUE_WINDOW, CueHits } from '../../../lib/shared/recognizer/cue-hits';

/** The plain answer: every cue in the whole text that lies in the window around the mention. */
function naive(re: RegExp, text: string, start: number, end: number): number {
  const from = Math.max(0, start - CUE_WINDOW);
  const to = Math.min(text.length, end + CUE_WINDOW);
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const a = m.index;
    const b = a + m[0].length;
    if (a < from || b > to) continue;
    if (b <= start) best = Math.min(best, start - b);
    else if (a >= end) best = Math.min(best, a - end);
  }
  return best;
}

describe('cue hits', () => {
  // CueHits checks the start of a word itself; the naive search asks the engine to.
  const re = /(?:Beijing|China)(?![\p{L}\p{N}])/giu;
  const wholeWord = /(?<![\p{L}\p{N}])(?:Beijing|China)(?![\p{L}\p{N}])/giu;
  const next = seededRandom(11);
  // Cues sparse enough that a window often holds none, or only one far off.
  const filler = ['the', 'ministry', 'said', 'talks', 'on', 'cyber', 'and', 'Chinatown', 'chinaware', 'Indochina', 'Indo-China', 'ÉtatChina', '2China', '𝐀China', '😀China'];
  const word = () => (next() < 0.03 ? (next() < 0.5 ? 'China' : 'Beijing') : filler[Math.floor(next() * filler.length)]);
  const text = Array.from({ length: 6000 }, word).join(' ');

  it('answers as a fresh search of each window would, for mentions in text order, with gaps and steps back', () => {
    const hits = new CueHits(re);
    let at = 0;
    let near = 0;
    for (let q = 0; q < 2000 && at < text.length - 20; q++) {
      const r = next();
      // Mostly a little further on; now and then far ahead, or back by up to a long mention.
      at = Math.max(0, at + (r < 0.05 ? 3000 : r < 0.15 ? -150 : Math.floor(next() * 60)));
      const end = Math.min(text.length, at + 1 + Math.floor(next() * 30));
      const expected = naive(wholeWord, text, at, end);
      expect(hits.distance(text, at, end), `mention at ${at}-${end}`).toBe(expected);
      if (expected < Infinity) near++;
    }
    expect(near).toBeGreaterThan(100);
    expect(near).toBeLessThan(1900);
  });

  it('starts over on another text after a reset', () => {
    const hits = new CueHits(re);
    const first = 'China said so. '.repeat(40);
    const second = 'nothing here. '.repeat(40);
    expect(hits.distance(first, 100, 105)).toBeLessThan(Infinity);
    hits.reset();
    expect(hits.distance(second, 100, 105)).toBe(Infinity);
  });
});
