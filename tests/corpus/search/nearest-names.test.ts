import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/build/corpus/build';
import { createEntitySearch, hasLatinLetters, toSearchEntry } from '../../../lib/corpus/search';

const built = buildCorpus({ seedsDir: 'seeds', glossaryDir: 'seeds/glossary' });
if (!built.ok) throw new Error(built.errors.join('\n'));
const search = createEntitySearch(built.corpus.entities.map(toSearchEntry));
const nearest = (query: string) => search.nearest(query).map((s) => `${s.entry.shortName} (${s.form})`);

describe('the nearest names to a query that finds nothing', () => {
  it('finds nothing for the issue’s queries in the bundled corpus, and suggests nothing far-fetched', () => {
    for (const query of ['oewg', 'tallinn', '上海合作组织']) {
      expect(search.search(query)).toEqual([]);
      expect(nearest(query)).toEqual([]);
    }
    expect(hasLatinLetters('上海合作组织')).toBe(false);
    expect(hasLatinLetters('oewg')).toBe(true);
  });

  it('suggests a name one slip away, and names the form it is close to', () => {
    expect(nearest('oscr')).toContain('OSCE (OSCE)');
    expect(nearest('Malabo Konvention')[0]).toBe('Malabo Convention (Malabo Convention)');
  });
});
