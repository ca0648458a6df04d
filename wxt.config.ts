import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { ICON_PATHS } from './lib/build/icon-sizes';
import { pdfjsAssets } from './lib/build/pdfjs-assets';

const PDFJS_DIR = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Firefox too: the same manifest and APIs as Chrome (see docs/architecture.md, "Firefox").
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The PDF viewer's worker, fonts and decoders ship with the extension: no remote code.
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets(PDFJS_DIR));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Attaché',
    description:
      'Recognises the actors and terms of cyber diplomacy on any web page and shows context cards.',
    // Drawn from assets/icon.svg by `npm run icons` (public/icon/<size>.png).
    icons: ICON_PATHS,
    action: { default_icon: ICON_PATHS },
    // scripting and the host permissions let the background inject the card UI into a page
    // only when a card first opens there, keeping the always-loaded content script small.
    permissions: ['storage', 'contextMenus', 'scripting', 'alarms'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The content script (entrypoints/in-page) is an unlisted script declared here by hand, not
    // a defineContentScript entrypoint: WXT's content-script wrapper announces itself to every
    // page with a message naming the extension, and stops when a page sends it back.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['in-page.js'] },
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Search Attaché',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});

/**
 * A stable id keeps storage and IndexedDB across reinstalls and lets the add-on be signed;
 * Attaché sends nothing anywhere but the team's own sync server, so it declares no data
 * collection. 142 is the first release that reads data_collection_permissions on desktop and
 * Android alike (desktop alone had it from 140).
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'attache@attache.extension',
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['none'] },
  },
};
