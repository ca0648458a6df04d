import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../harness/seeded-random';
import { compileRecognizer, createRecognizer } from '../../../lib/shared/recognizer';
import { FIRST_CHAR, symbolTable, tokenize } from '../../../lib/shared/recognizer/char-classes';
import { createPassTables, findMatches } from '../../../lib/shared/recognizer/linear-pass';
import { caseAgrees, insideAddress, mentionEnd } from '../../../lib/shared/recognizer/boundaries';
import type { CompiledRecognizer } from '../../../lib/shared/recognizer/types';
import { entry } from './helpers';

/**
 * The scanner folds the symbol-stream rules of `tokenize` into its automaton for speed. Here a
 * naive matcher over `tokenize`'s output is the reference, on random text full of the cases
 * those rules exist for.
 */

const entries = [
  entry('un', 'United Nations', ['UN', 'UN Charter']),
  entry('charter', 'Charter'),
  entry('report', 'A/68/98', ['CERT|CC', 'OIC-CERT']),
  entry('msg', 'multi-stakeholder', ['multi-stakeholder internet governance']),
  entry('pla', "People's Liberation Army", ['PLA']),
  entry('ap', 'Asia-Pacific', ['APCERT']),
  entry('ig', 'internet governance'),
];

const pieces = [
  'UN', 'un', 'Un', 'United', 'Nations', 'nations', 'Charter', 'charter', 'A', '68', '98', 'CERT', 'CC', 'OIC',
  'multi', 'stakeholder', 'Stakeholder', 'internet', 'governance', 'People', 's', 'Liberation', 'army', 'PLA',
  'Asia', 'pacific', 'APCERT', 'x', 'the', 'unasur', '3',
  ' ', ' ', ' ', '\n', ' \n\n ', '-', '–', '-\n', '-\n\n', '- \n ', '/', '|', "'", '’', '(', ')', '.', ',', '\u00ad', '\u200b', '@',
];

/** Symbol sequence of every pattern, read back from the trie. */
function patternSymbols(c: CompiledRecognizer): number[][] {
  const parent: number[] = [-1];
  const via: number[] = [-1];
  for (let s = 0; s < c.edgeStart.length - 1; s++) {
    for (let e = c.edgeStart[s]!; e < c.edgeStart[s + 1]!; e++) {
      parent[c.edgeTarget[e]!] = s;
      via[c.edgeTarget[e]!] = c.edgeSymbol[e]!;
    }
  }
  return c.patternState.map((s) => {
    const path: number[] = [];
    for (let t = s; t > 0; t = parent[t]!) path.unshift(via[t]!);
    return path;
  });
}

function reference(c: CompiledRecognizer, text: string): string[] {
  const firstPunct = FIRST_CHAR + c.chars.length;
  const { symbols, offsets } = tokenize(text, symbolTable(c.chars, c.punct), firstPunct);
  const out: string[] = [];
  patternSymbols(c).forEach((pattern, p) => {
    for (let i = 0; i + pattern.length <= symbols.length; i++) {
      if (!pattern.every((s, j) => symbols[i + j] === s)) continue;
      const start = offsets[i]!;
      const e = offsets[i + pattern.length - 1]! + 1;
      const forms = c.patternForm.slice(c.patternFormStart[p], c.patternFormStart[p + 1]);
      if (!forms.some((f) => c.formCase[f] === '' || caseAgrees(text, start, e, c.formCase[f]!))) continue;
      const end = mentionEnd(text, e, c.patternFlags[p]!);
      if (end < 0 || insideAddress(text, start, end)) continue;
      out.push(`${p}@${start}-${end}`);
    }
  });
  return out.sort();
}

function linearPass(c: CompiledRecognizer, hotStates?: number, splitFrom?: number): (text: string) => string[] {
  const s = createPassTables(c, hotStates);
  return (text) => {
    const found = findMatches(s, text, splitFrom);
    return Array.from(found.pattern.subarray(0, found.length), (p, i) => `${p}@${found.start[i]}-${found.end[i]}`).sort();
  };
}

describe('the linear pass', () => {
  const compiled = compileRecognizer(entries);

  // Few hot states: nearly every state keeps only its exceptions to its failure state. Split
  // from length 0: every text is read by two passes that must agree where they meet.
  const variants = [
    { hotStates: undefined, splitFrom: undefined },
    { hotStates: 3, splitFrom: undefined },
    { hotStates: undefined, splitFrom: 0 },
    { hotStates: 3, splitFrom: 0 },
  ];
  for (const { hotStates, splitFrom } of variants) {
    it(`finds exactly what a naive match over the symbol stream finds (hot states: ${hotStates ?? 'default'}, split from: ${splitFrom ?? 'default'})`, () => {
      const next = seededRandom(7);
      const scanned = linearPass(compiled, hotStates, splitFrom);
      let matches = 0;
      for (let round = 0; round < 1000; round++) {
        const text = Array.from({ length: 5 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
        const expected = reference(compiled, text);
        expect(scanned(text), JSON.stringify(text)).toEqual(expected);
        matches += expected.length;
      }
      // The comparison means something only if the random texts contain matches.
      expect(matches).toBeGreaterThan(200);
    });
  }

  it('joins a line-end hyphen only between a word and a lowercase letter', () => {
    const r = createRecognizer(compiled);
    expect(r.find('the multi- \nstakeholder and UN-\nCharter and UN -\ncharter and A/68/98-\nlater').map((m) => m.text)).toEqual([
      'multi- \nstakeholder',
      'UN-\nCharter',
      'UN -\ncharter',
      'A/68/98',
    ]);
  });
});
