import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';

describe('seeds', () => {
  it('holds the five source documents', () => {
    const docs = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    expect(docs).toHaveLength(5);
    expect(readFileSync('seeds/004_1a3fa6c9be43639d.txt', 'utf8')).toContain('CSIS');
  });
});
