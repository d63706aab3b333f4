import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { dataCheck } from './src/lib/data/dataPlugin.ts';
import { devPrerender } from './scripts/devPrerender.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Newsrooms publishing under a subfolder set BASE_PATH=/graphics/tiandy/ (leading and trailing slash). */
const base = process.env.BASE_PATH || '/';

/** Every prerendered page; scripts/prerender.ts renders the same list. */
export const pages = {
  main: here('./index.html'),
  'embed-map': here('./embed/map/index.html'),
  'embed-network': here('./embed/network/index.html'),
  'embed-timeline': here('./embed/timeline/index.html'),
};

export default defineConfig({
  base,
  publicDir: 'static',
  plugins: [dataCheck(here('./data')), devPrerender(here('.')), svelte()],
  resolve: { alias: { $lib: here('./src/lib'), $data: here('./data') } },
  build: {
    target: 'es2022',
    // A tiny inline module-preload polyfill would need 'unsafe-inline' under our CSP.
    modulePreload: { polyfill: false },
    // One stylesheet for every page: islands hydrate late, but their prerendered HTML must be styled at once.
    cssCodeSplit: false,
    rolldownOptions: { input: pages },
  },
  server: { host: '127.0.0.1' },
  // Sandboxed embeds have an opaque origin: their module scripts are cross-origin requests.
  preview: { host: '127.0.0.1', cors: { origin: '*' } },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['tests/{unit,data,render}/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
