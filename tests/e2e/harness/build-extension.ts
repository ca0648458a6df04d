import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Vitest global setup for the end-to-end project: builds the extension once per run so every
 * test drives the same artefact a user would load.
 */
export default function buildExtension(): void {
  const wxt = resolve('node_modules/.bin/wxt');
  execFileSync(process.execPath, [wxt, 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`wxt build produced no manifest in ${EXTENSION_DIR}`);
  }
}
