import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

/**
 * Vitest global setup for the end-to-end project: builds the extension for Chrome and for
 * Firefox once per run so every test drives the same artefact a user would load.
 */
export default function buildExtension(): void {
  const wxt = resolve('node_modules/.bin/wxt');
  for (const [args, dir] of [
    [['build'], EXTENSION_DIR],
    [['build', '-b', 'firefox'], FIREFOX_EXTENSION_DIR],
  ] as const) {
    execFileSync(process.execPath, [wxt, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`wxt build produced no manifest in ${dir}`);
  }
}
