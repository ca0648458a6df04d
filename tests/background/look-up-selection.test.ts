import { describe, expect, it } from 'vitest';
import { LOOK_UP_MENU_ID, lookUpTarget } from '../../lib/background/look-up-selection';
import { createEntitySearch } from '../../lib/corpus/search';
import { entries } from '../corpus/search/fixtures';

const search = createEntitySearch(entries);
const click = (selectionText?: string, menuItemId: string | number = LOOK_UP_MENU_ID) => ({ menuItemId, selectionText });

describe('Look up in Attaché', () => {
  it('opens the entity a selected name or acronym names', () => {
    expect(lookUpTarget(search, click('GGE’s'))).toEqual({ kind: 'entity', entityId: 'un-gge' });
    expect(lookUpTarget(search, click(' Budapest Convention on Cybercrime\n'))).toEqual({ kind: 'entity', entityId: 'budapest-convention' });
  });

  it('opens a search for a selection that names no one entity', () => {
    expect(lookUpTarget(search, click('code of conduct'))).toEqual({ kind: 'search', query: 'code of conduct' });
  });

  it('ignores other menu items and empty selections', () => {
    expect(lookUpTarget(search, click('GGE', 'another-item'))).toBeNull();
    expect(lookUpTarget(search, click(undefined))).toBeNull();
    expect(lookUpTarget(search, click('  '))).toBeNull();
  });
});
