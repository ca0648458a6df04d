import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../harness/seeded-random';
import { compileRecognizer, createRecognizer } from '../../../lib/shared/recognizer';
import { entry, recognizer } from './helpers';

describe('compiled recogniser', () => {
  it('is plain JSON data', () => {
    const compiled = compileRecognizer([entry('un', 'United Nations', ['UN']), entry('eu', 'European Union', ['EU'])]);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    for (const value of Object.values(compiled)) {
      expect(typeof value === 'string' || Array.isArray(value)).toBe(true);
    }
  });

  it('finds every one of thousands of terms in one scan', () => {
    const next = seededRandom(42);
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'zen', 'dor', 'pra', 'gli'];
    const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
    const names = new Set<string>();
    while (names.size < 3000) names.add(Array.from({ length: 1 + Math.floor(next() * 3) }, word).join(' '));
    const entries = [...names].map((name, i) => entry(`t${i}`, name));
    const r = recognizer(entries);

    const picked = entries.filter(() => next() < 0.1);
    let text = '';
    const expected: { start: number; id: string }[] = [];
    for (const e of picked) {
      text += 'and the ';
      expected.push({ start: text.length, id: e.id });
      text += e.name.replace(/ /g, next() < 0.5 ? '\n  ' : ' ') + (next() < 0.5 ? ', ' : '. ');
    }
    const mentions = r.find(text);
    // A longer term may contain a shorter one, never the reverse: each planted term is found
    // where it was planted, or inside a longer term planted there by chance.
    expect(mentions.map((m) => m.start)).toEqual(expected.map((e) => e.start));
    for (const [i, m] of mentions.entries()) {
      if (m.id !== expected[i]!.id) expect(entries.find((e) => e.id === m.id)!.name.length).toBeGreaterThan(entries.find((e) => e.id === expected[i]!.id)!.name.length);
    }
  });

  it('rejects glossary mistakes with the entity and field', () => {
    expect(() => compileRecognizer([entry('arf', 'ASEAN Regional Forum', ['ARF'], [{ form: 'AFR', ambiguous: true }])])).toThrow(
      /entity "arf": rules: "AFR" is neither the name nor one of the aliases/,
    );
    expect(() => compileRecognizer([{ id: 'x', name: 'X', aliases: 'X', rules: [] } as never])).toThrow(/entity "x": aliases/);
    expect(() => compileRecognizer([{ id: '', name: 'X', aliases: [], rules: [] }])).toThrow(/entry #0: id/);
  });

  it('rejects a damaged compiled recogniser before using it', () => {
    const compiled = compileRecognizer([entry('un', 'United Nations', ['UN'])]);
    expect(() => createRecognizer({ ...compiled, format: 'other' } as never)).toThrow(/format/);
    expect(() => createRecognizer({ ...compiled, edgeTarget: compiled.edgeTarget.slice(1) })).toThrow(/lengths disagree/);
    expect(() => createRecognizer({ ...compiled, formEntity: compiled.formEntity.map(() => 7) })).toThrow(/entity out of range/);
  });

  it('treats forms that differ only in spelling as one', () => {
    const r = recognizer([entry('m', 'Multi-Stakeholder', ['multi stakeholder', 'multistakeholder'])]);
    expect(r.find('multi stakeholder, multistakeholder').map((m) => m.id)).toEqual(['m', 'm']);
  });
});
