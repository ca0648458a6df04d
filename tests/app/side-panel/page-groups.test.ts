import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../lib/shared/corpus-format/corpus-schema';
import { groupPageMentions } from '../../../lib/app/side-panel';

const known: Record<string, { name: string; shortName: string; type: EntityType }> = {
  itu: { name: 'International Telecommunication Union', shortName: 'ITU', type: 'organization' },
  sco: { name: 'Shanghai Cooperation Organization', shortName: 'SCO', type: 'organization' },
  china: { name: 'China', shortName: 'China', type: 'country' },
  'li-baodong': { name: 'Li Baodong', shortName: 'Li Baodong', type: 'person' },
  unga: { name: 'United Nations General Assembly', shortName: 'UN General Assembly', type: 'organization' },
};

describe('grouping a page’s entities', () => {
  it('groups by type in the corpus’s order, most mentioned first, then by name', () => {
    const groups = groupPageMentions(
      [
        { id: 'china', count: 5 },
        { id: 'sco', count: 2 },
        { id: 'li-baodong', count: 1 },
        { id: 'itu', count: 2 },
        { id: 'unga', count: 7 },
      ],
      (id) => known[id],
    );
    expect(groups.map((g) => [g.type, g.rows.map((r) => `${r.id}:${r.count}`)])).toEqual([
      ['organization', ['unga:7', 'itu:2', 'sco:2']],
      ['person', ['li-baodong:1']],
      ['country', ['china:5']],
    ]);
  });

  it('names rows by the short name, with the page’s own wording where it differs', () => {
    const [organizations, countries] = groupPageMentions(
      [
        { id: 'sco', count: 2, form: 'Shanghai Cooperation Organisation' },
        { id: 'itu', count: 1, form: 'itu' },
        { id: 'china', count: 1, form: 'CHINA' },
      ],
      (id) => known[id],
    );
    expect(organizations!.rows.map((r) => [r.name, r.form])).toEqual([
      ['SCO', 'Shanghai Cooperation Organisation'],
      ['ITU', undefined],
    ]);
    expect(countries!.rows.map((r) => [r.name, r.form])).toEqual([['China', undefined]]);
  });

  it('leaves out ids the corpus does not know', () => {
    expect(groupPageMentions([{ id: 'gone', count: 3 }], (id) => known[id])).toEqual([]);
  });
});
