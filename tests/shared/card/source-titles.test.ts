import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceTitle } from '../../../lib/shared/card/source-titles';

describe('sourceTitle', () => {
  it('gives every document listed in seeds/SOURCES.md a title instead of its file name', () => {
    const listed = [...readFileSync('seeds/SOURCES.md', 'utf8').matchAll(/^\| (\d{3}_[0-9a-f]+\.txt) \|/gm)].map((m) => m[1]!);
    expect(listed).toHaveLength(5);
    for (const doc of listed) expect(sourceTitle(doc)).not.toContain('.txt');
  });

  it('names the SECD summary with its place and date', () => {
    expect(sourceTitle('000_f8bf8a2838953af0.txt')).toBe('SECD summary, The Hague, April 2015');
  });

  it('falls back to the file name for an unknown document', () => {
    expect(sourceTitle('999_unknown.txt')).toBe('999_unknown.txt');
  });
});
