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
  manifest: {
    name: 'Attaché',
    description:
      'Recognises the actors and terms of cyber diplomacy on any web page and shows context cards.',
    permissions: ['storage'],
  },
});
