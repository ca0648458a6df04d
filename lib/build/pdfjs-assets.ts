/**
 * pdf.js's own files that ship inside the extension, under `pdfjs/`: the worker, the standard
 * fonts, character maps, colour profiles and image decoders (WebAssembly). The viewer points
 * pdf.js at them (`entrypoints/pdf-viewer/main.tsx`), so it never loads anything from the
 * network but the PDF itself. `wxt.config.ts` adds them to every build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PDFJS_OUTPUT_DIR = 'pdfjs';

/** Directories of pdfjs-dist copied whole, and single files, as `[source, destination]` pairs. */
const DIRECTORIES = ['standard_fonts', 'cmaps', 'iccs', 'wasm'];
const FILES: [string, string][] = [['build/pdf.worker.min.mjs', 'pdf.worker.min.mjs']];

export interface CopiedFile {
  absoluteSrc: string;
  relativeDest: string;
}

export function pdfjsAssets(packageDir: string): CopiedFile[] {
  const out: CopiedFile[] = FILES.map(([from, to]) => ({ absoluteSrc: join(packageDir, from), relativeDest: `${PDFJS_OUTPUT_DIR}/${to}` }));
  for (const dir of DIRECTORIES) {
    for (const name of readdirSync(join(packageDir, dir)).sort()) {
      out.push({ absoluteSrc: join(packageDir, dir, name), relativeDest: `${PDFJS_OUTPUT_DIR}/${dir}/${name}` });
    }
  }
  return out;
}
