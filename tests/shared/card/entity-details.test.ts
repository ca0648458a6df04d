import { describe, expect, it } from 'vitest';
import { createRelationIndex } from '../../../lib/shared/card/entity-details';
import { cicir, corpus, hcss, secd } from './fixtures';

describe('createRelationIndex', () => {
  const index = createRelationIndex(corpus);

  it('names the targets of an entity’s own relations and drops targets outside the corpus', () => {
    expect(index.details(cicir).related).toEqual([
      { id: 'secd', name: 'Sino-European Cyber Dialogue', type: 'process', relation: 'co-host of', direction: 'outgoing' },
    ]);
  });

  it('adds relations other entities state about this one', () => {
    expect(index.details(secd).related).toEqual([
      { id: 'hcss', name: 'The Hague Centre for Strategic Studies', type: 'organization', relation: 'hosted by', direction: 'outgoing' },
      { id: 'cicir', name: cicir.name, type: 'organization', relation: 'co-host of', direction: 'incoming' },
    ]);
    expect(index.details(hcss).related.map((r) => [r.id, r.direction])).toEqual([['secd', 'incoming']]);
  });

  it('lists a relation stated twice once', () => {
    const twice = { ...secd, relations: [...secd.relations, ...secd.relations] };
    expect(createRelationIndex([cicir, twice, hcss]).details(twice).related).toHaveLength(2);
  });

  it('returns the entity it was given', () => {
    expect(index.details(cicir).entity).toBe(cicir);
  });
});
