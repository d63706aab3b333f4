import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { dataCheck } from './src/lib/data/dataPlugin.ts';
import { devPrerender } from './scripts/devPrerender.ts';
import { compileHints } from './scripts/compileHints.ts';
import { networkLayoutPlugin } from './scripts/prepare-network.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Newsrooms publishing under a subfolder set BASE_PATH=/graphics/tiandy/ (leading and trailing slash). */
const base = process.env.BASE_PATH || '/';

/**
 * The data the site is built from: data/, or another folder of the same six files named by DATA_DIR
 * (the scale test and `npm run bench` build a generated dataset this way). Read when the config loads, so
 * scripts/build.ts sets it for the length of a build.
 */
const dataDir = process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : here('./data');

/**
 * The page templates live in src/pages/, laid out as the site is: Vite's root is that folder, so each
 * template's path there is its path in dist/. Everything else is resolved from the project folder.
 */
const pagesRoot = here('./src/pages');
/** Every prerendered page; src/entry-server.ts renders the same list. */
export const pages = {
  main: here('./src/pages/index.html'),
  data: here('./src/pages/data/index.html'),
  'embed-map': here('./src/pages/embed/map/index.html'),
  'embed-network': here('./src/pages/embed/network/index.html'),
  'embed-timeline': here('./src/pages/embed/timeline/index.html'),
};

export default defineConfig({
  root: pagesRoot,
  base,
  publicDir: here('./static'),
  cacheDir: here('./node_modules/.vite'),
  plugins: [
    dataCheck(dataDir),
    networkLayoutPlugin(dataDir),
    devPrerender(pagesRoot, here('./src/entry-server.ts')),
    svelte(),
    compileHints(),
  ],
  resolve: { alias: { $lib: here('./src/lib'), $data: dataDir } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // No module preloading: its helper appends <link rel="modulepreload"> to <head> for each dynamic
    // import, and on the story's large document each append costs a long frame when an island wakes
    // (measured with npm run bench). Islands wake a screen ahead, so the extra round trip is not seen. (Its
    // inline polyfill would also need 'unsafe-inline' under our CSP.)
    modulePreload: false,
    // No per-chunk stylesheets for islands to fetch at run time: every page inlines the SSR build's
    // stylesheet (scripts/prerender.ts), which already holds every component's rules.
    cssCodeSplit: false,
    rolldownOptions: {
      input: pages,
      output: {
        // What every page's script needs (Svelte's runtime, the sources and story data, the shared UI) goes
        // in one chunk: one gzip stream compresses better than the many small chunks that automatic
        // splitting makes once four entries share modules, and each embed's JS budget is tight (50 KB).
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /node_modules[\\/](svelte|esm-env|clsx)[\\/]|src[\\/]lib[\\/](data[\\/]files[\\/](sources|story)|ui[\\/]|story[\\/]blocks|charts[\\/]status)/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  // Sandboxed embeds have an opaque origin: their module scripts are cross-origin requests.
  preview: { host: '127.0.0.1', cors: { origin: '*' } },
  test: {
    root: here('.'),
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
