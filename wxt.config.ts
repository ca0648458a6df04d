import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ manifestVersion }) => ({
    name: 'Attaché',
    description:
      'Recognises the actors and terms of cyber diplomacy on any web page and shows context cards.',
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
      // The popup's own command: MV3 names it after `action`, MV2 (Firefox) after `browser_action`.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Search Attaché',
      },
    },
  }),
});
