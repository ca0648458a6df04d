import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfjsAssets } from '../../lib/build/pdfjs-assets';

const PDFJS_DIR = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));

describe("pdf.js's files in the build", () => {
  it('ship the worker, fonts, character maps, colour profiles and decoders the viewer points pdf.js at', () => {
    const files = pdfjsAssets(PDFJS_DIR);
    const dest = files.map((f) => f.relativeDest);
    expect(dest).toContain('pdfjs/pdf.worker.min.mjs');
    for (const dir of ['standard_fonts', 'cmaps', 'iccs', 'wasm']) expect(dest.some((d) => d.startsWith(`pdfjs/${dir}/`))).toBe(true);
    expect(dest).toContain('pdfjs/standard_fonts/LiberationSans-Regular.ttf');
    expect(dest).toContain('pdfjs/wasm/openjpeg.wasm');
    expect(files.every((f) => existsSync(f.absoluteSrc))).toBe(true);
  });
});
