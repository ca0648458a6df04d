import { memoryStorage } from '../../../harness/memory-storage';
import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_LOOKUPS,
  RECENT_LOOKUPS_KEY,
  parseRecentLookups,
  readRecentLookups,
  recordRecentLookup,
  withRecentLookup,
} from '../../../lib/corpus/search';

describe('recent lookups', () => {
  it('puts the latest first without repeating it', () => {
    expect(withRecentLookup(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(withRecentLookup([], 'a')).toEqual(['a']);
  });

  it('keeps only the latest few', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT_LOOKUPS + 3; i++) list = withRecentLookup(list, `e${i}`);
    expect(list).toHaveLength(MAX_RECENT_LOOKUPS);
    expect(list[0]).toBe(`e${MAX_RECENT_LOOKUPS + 2}`);
  });

  it('treats a missing or malformed stored value as no history', () => {
    expect(parseRecentLookups(undefined)).toEqual([]);
    expect(parseRecentLookups('itu')).toEqual([]);
    expect(parseRecentLookups(['itu', 4, null, 'sco'])).toEqual(['itu', 'sco']);
  });

  it('records lookups in the storage area it is given', async () => {
    const area = memoryStorage({ [RECENT_LOOKUPS_KEY]: ['sco'] });
    expect(await recordRecentLookup(area, 'itu')).toEqual(['itu', 'sco']);
    expect(area.items.get(RECENT_LOOKUPS_KEY)).toEqual(['itu', 'sco']);
    expect(await readRecentLookups(area)).toEqual(['itu', 'sco']);
  });
});
