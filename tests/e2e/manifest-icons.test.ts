import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../lib/build/icon-sizes';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from '../../harness/browser/build-extension';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header (the IHDR chunk comes first, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['Chrome', EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('the %s build’s icons', (_browser, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };

  it.each([
    ['icons', manifest.icons],
    ['action.default_icon', manifest.action?.default_icon],
  ])('%s names a PNG of each size, and each is that size', (_key, icons) => {
    expect(Object.keys(icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual([...ICON_SIZES]);
    for (const [size, path] of Object.entries(icons!)) {
      expect(pngSize(join(dir, path)), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});
