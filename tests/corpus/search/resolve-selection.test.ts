import { describe, expect, it } from 'vitest';
import { cleanSelection, createEntitySearch, resolveSelection } from '../../../lib/corpus/search';
import { entries } from './fixtures';

const search = createEntitySearch(entries);

describe('looking up a selection', () => {
  it('opens the entity whose name or alias the selection is', () => {
    expect(resolveSelection(search, 'GGE')).toEqual({ entityId: 'un-gge' });
    expect(resolveSelection(search, 'International Telecommunication Union')).toEqual({ entityId: 'itu' });
    expect(resolveSelection(search, 'Ivory\n  Coast')).toEqual({ entityId: 'cote-divoire' });
  });

  it('reads through quotes, brackets, trailing punctuation and a possessive', () => {
    expect(cleanSelection('  “the GGE’s” ')).toBe('the GGE');
    expect(resolveSelection(search, '(ITU),')).toEqual({ entityId: 'itu' });
    expect(resolveSelection(search, "the SCO's")).toEqual({ query: 'the SCO' });
    expect(resolveSelection(search, "SCO's")).toEqual({ entityId: 'sco' });
  });

  it('opens the only entity a selection matches', () => {
    expect(resolveSelection(search, 'Budapest Conventon on Cybercrime')).toEqual({ entityId: 'budapest-convention' });
  });

  it('opens the search when several entities match and none by name', () => {
    expect(resolveSelection(search, 'code of conduct')).toEqual({ query: 'code of conduct' });
  });

  it('opens the search for text that matches nothing, and nothing for an empty selection', () => {
    expect(resolveSelection(search, 'zebra crossing')).toEqual({ query: 'zebra crossing' });
    expect(resolveSelection(search, ' \n ')).toBeNull();
    expect(resolveSelection(search, '"…"')).toBeNull();
  });

  it('cuts a long selection down to a query', () => {
    const long = 'A passage that goes on about cybercrime treaties and more. '.repeat(10);
    const target = resolveSelection(search, long);
    expect(target).toEqual({ query: expect.stringMatching(/^A passage that goes on/) });
    expect((target as { query: string }).query.length).toBeLessThanOrEqual(120);
  });
});
