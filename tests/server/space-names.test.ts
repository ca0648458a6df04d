import { describe, expect, it } from 'vitest';
import { assertSpaceName, spaceOfDocument } from '../../server/space-names.ts';

describe('space names', () => {
  it('maps the index document and every document under it to the space', () => {
    expect(spaceOfDocument('acme')).toBe('acme');
    expect(spaceOfDocument('acme/note/8a7c8f9e-2b1d-4c3a-9e5f-0d1c2b3a4f5e')).toBe('acme');
    expect(spaceOfDocument('Team_2-b/x')).toBe('Team_2-b');
  });

  it('rejects names that do not belong to exactly one valid space', () => {
    for (const name of ['', '/acme', 'acme/', '../acme', 'ac me', 'acme\u0000/x', 'a'.repeat(65), `acme/${'x'.repeat(600)}`]) {
      expect(spaceOfDocument(name), JSON.stringify(name)).toBeNull();
    }
  });

  it('explains what a space name may contain', () => {
    expect(() => assertSpaceName('acme.org')).toThrow(/letters, digits/);
    expect(assertSpaceName('acme-org_1')).toBe('acme-org_1');
  });
});
