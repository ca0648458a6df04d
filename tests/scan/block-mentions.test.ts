import { describe, expect, it } from 'vitest';
import type { Corpus, Entity } from '../../lib/corpus-schema';
import { createScanner } from '../../lib/scan/mentions';

function entity(id: string, name: string, aliases: string[] = []): Entity {
  return { id, name, type: 'organization', aliases, summary: '', facts: [], relations: [], positions: [], rules: [], sources: [] };
}

const corpus: Corpus = {
  version: 'test',
  entities: [
    entity('un', 'United Nations', ['UN']),
    entity('un-gge', 'UN Group of Governmental Experts', ['UN GGE', 'GGE']),
    entity('budapest-convention', 'Budapest Convention'),
  ],
};
const scan = createScanner(corpus);
const found = (text: string, blocks: boolean) => scan(text, { blocks }).map((m) => [m.text, m.start, m.id]);

describe('mentions in blocks of text', () => {
  it('never joins the last word of one block to the first of the next', () => {
    expect(found('Budapest\nConvention', true)).toEqual([]);
    expect(found('UN\nGGE met', true)).toEqual([
      ['UN', 0, 'un'],
      ['GGE', 3, 'un-gge'],
    ]);
  });

  it('keeps names inside a block and reads wrapped plain text across lines', () => {
    expect(found('the UN GGE\nthe Budapest Convention', true)).toEqual([
      ['UN GGE', 4, 'un-gge'],
      ['Budapest Convention', 15, 'budapest-convention'],
    ]);
    expect(found('the Budapest\nConvention', false)).toEqual([['Budapest\nConvention', 4, 'budapest-convention']]);
  });
});
