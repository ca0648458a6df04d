import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import { compileRecognizer, createRecognizer, transferMachine, type TransferredMachine } from '../../../lib/shared/recognizer';
import { base64ToBytes, bytesToBase64 } from '../../../lib/shared/base64-bytes';

/** The automaton built in the background and used as it is on a page finds what one built on the page finds. */
const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const compiled = compileRecognizer(corpus.entities.map(({ id, name, aliases, rules }) => ({ id, name, aliases, rules })));
/** Through JSON, as a message and the storage cache carry it. */
const machine = JSON.parse(JSON.stringify(transferMachine(compiled))) as TransferredMachine;
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).slice(0, 12).map((f) => readFileSync(`seeds/${f}`, 'utf8'));

const withTable = (key: keyof TransferredMachine, edit: (table: Int32Array) => void): TransferredMachine => {
  const bytes = base64ToBytes(machine[key] as string, key);
  const table = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  edit(table);
  return { ...machine, [key]: bytesToBase64(bytes) };
};

describe('transferred automaton', () => {
  it('finds the same mentions as the automaton built in place, on the seed documents', () => {
    const built = createRecognizer(compiled);
    const transferred = createRecognizer(compiled, machine);
    let mentions = 0;
    for (const text of seeds) {
      const expected = built.find(text);
      mentions += expected.length;
      expect(transferred.find(text)).toEqual(expected);
    }
    expect(mentions).toBeGreaterThan(100);
  });

  it('is refused when it belongs to another compiled recogniser', () => {
    const other = compileRecognizer([{ id: 'x', name: 'Example Treaty', aliases: [], rules: [] }]);
    expect(() => createRecognizer(other, machine)).toThrow(/invalid transferred automaton: .*(columns|state count)/);
  });

  it('is refused when a table points out of bounds, is cut short or is not base64', () => {
    expect(() => createRecognizer(compiled, withTable('delta', (t) => (t[7] = 1 << 30)))).toThrow(/delta\[7\]: state out of range/);
    expect(() => createRecognizer(compiled, withTable('outNext', (t) => (t[0] = t.length + 5)))).toThrow(/outputs: index out of range/);
    expect(() => createRecognizer(compiled, { ...machine, cold: machine.cold.slice(0, 48) })).toThrow(/cold record/);
    expect(() => createRecognizer(compiled, { ...machine, coldAt: '***' })).toThrow(/coldAt: expected base64 text/);
    expect(() => createRecognizer(compiled, { ...machine, format: 'other' as never })).toThrow(/format: expected "attache-machine\/1"/);
  });

  it('is refused when its default states or output chains form a cycle, which the scan would follow for ever', () => {
    const bytes = base64ToBytes(machine.coldAt, 'coldAt');
    const firstRecord = new Int32Array(bytes.buffer, bytes.byteOffset, 1)[0]!;
    // The first cold state's default state becomes itself.
    const cyclic = withTable('cold', (cold) => (cold[firstRecord] = machine.coldRow));
    expect(() => createRecognizer(compiled, cyclic)).toThrow(/form a cycle/);
    // An output chain that comes back to its state.
    expect(() => createRecognizer(compiled, withTable('outLink', (t) => (t[5] = 5)))).toThrow(/outputs: index out of range/);
  });
});
