import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../lib/build/scan/utf8';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('UTF-8 validation', () => {
  it('accepts well-formed text of every sequence length', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('A é € 𝄞 ’'))).toBe(-1);
    expect(firstInvalidUtf8(bytes())).toBe(-1);
  });

  it('gives the offset of the first byte that starts a bad sequence', () => {
    expect(firstInvalidUtf8(bytes(0x43, 0x61, 0x66, 0xe9, 0x20))).toBe(3); // "Café" in Latin-1
    expect(firstInvalidUtf8(bytes(0x41, 0x80))).toBe(1); // stray continuation byte
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1); // truncated at the end
  });

  it('rejects overlong forms, surrogates and code points past U+10FFFF, as TextDecoder does', () => {
    const cases = [bytes(0xc0, 0xaf), bytes(0xe0, 0x80, 0xaf), bytes(0xed, 0xa0, 0x80), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xff)];
    for (const b of cases) {
      expect(firstInvalidUtf8(b)).toBe(0);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b)).toThrow();
    }
  });
});
