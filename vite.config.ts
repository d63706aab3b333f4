import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { dataCheck } from './src/lib/data/dataPlugin.ts';
import { devPrerender } from './scripts/devPrerender.ts';
import { compileHints } from './scripts/compileHints.ts';
import { siteAddress } from './src/lib/publish/site.ts';
import { networkLayoutPlugin } from './scripts/prepare-network.ts';
import { clientTwins } from './scripts/clientTwins.ts';
import { editionFonts } from './scripts/editionFonts.ts';
import { editionFromEnv } from './src/lib/editions/editions.ts';
import { messages } from './scripts/messagesPlugin.ts';
import { embedEntry } from './scripts/embedEntry.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Newsrooms publishing under a subfolder set SITE_URL=https://news.example.org/graphics/tiandy/ (its path
 * is the base), or BASE_PATH=/graphics/tiandy/ (leading and trailing slash) alone or to override it.
 */
const { base: siteBase, siteUrl } = siteAddress(process.env);

/**
 * The edition this build makes (EDITION=fa; English by default): every module learns it from
 * src/lib/editions/current.ts, where __EDITION__ is replaced by it. Each edition is its own build, under
 * its own folder of the site (fa/, zh/); the public files stay once at the site's root, so a page of
 * another edition names them there.
 */
const edition = editionFromEnv(process.env.EDITION);
const base = siteBase + edition.path;

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
/**
 * The pages whose scripts are modules: the story and the data page, always read on our own host. The
 * embeds are built apart, each as one classic script (scripts/build.ts): framed in a sandbox they have an
 * opaque origin, and a module script is then a CORS request that most static hosts refuse.
 */
export const pages = {
  main: here('./src/pages/index.html'),
  data: here('./src/pages/data/index.html'),
};

export default defineConfig({
  root: pagesRoot,
  base,
  publicDir: here('./static'),
  cacheDir: here('./node_modules/.vite'),
  plugins: [
    messages(edition.id),
    // Publishing (SITE_URL set) refuses an edition with text left in English; a preview warns.
    dataCheck(dataDir, edition.id, { publishing: !!siteUrl }),
    editionFonts(dataDir),
    networkLayoutPlugin(dataDir),
    devPrerender(pagesRoot, here('./src/entry-server.ts'), edition),
    // The dev server's embeds (each build of an embed adds its own: scripts/build.ts).
    embedEntry(here('.')),
    clientTwins(),
    svelte(),
    compileHints(),
  ],
  define: { __EDITION__: JSON.stringify(edition.id) },
  // An edition names the public files at the site's root. (Only then: any renderBuiltUrl changes how
  // Vite's preload helper resolves chunks, and the English build stays as it was.)
  ...(edition.path && {
    experimental: {
      renderBuiltUrl: (file: string, { type }: { type: 'asset' | 'public' }) =>
        type === 'public' ? siteBase + file : undefined,
    },
  }),
  resolve: { alias: { $lib: here('./src/lib'), $data: dataDir } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    // Source maps only when asked (BUILD_SOURCEMAP=1): for naming the functions of a CPU profile of the built
    // site (scripts/bench/stepProfile.ts); the scripts gain only a sourceMappingURL comment. Never for publishing.
    sourcemap: process.env.BUILD_SOURCEMAP === '1',
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
        // What every page's script needs (Svelte's runtime, the shared UI) goes in one chunk: one gzip
        // stream compresses better than the many small chunks that automatic splitting makes once the
        // entries and the islands share modules. The story's and sources' data stay out of it, for the
        // story page's islands alone. (Each embed's script is one file of its own, built with
        // scripts/build.ts, which replaces this output for those builds, with a trimmed copy of that data.)
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /node_modules[\\/](svelte|esm-env|clsx)[\\/]|src[\\/]lib[\\/](data[\\/]provenance|ui[\\/]|data[\\/]steps|charts[\\/]status)/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  // No CORS headers: embeds must work without them, as on most static hosts (tests/browser/embed*.test.ts).
  preview: { host: '127.0.0.1', cors: false },
  test: {
    root: here('.'),
    projects: [
      // Node tests share one module graph per worker (isolate: false): each file no longer loads the
      // setup, Svelte's compiler output and the dataset afresh (64 s → 25 s on 2 cores).
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['tests/{unit,data,render}/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          // One module graph for the whole run, as for the Node tests: each file no longer loads the data,
          // its schema and the test helpers afresh. (The builds files share live on disk: tests/build/sites.ts.)
          isolate: false,
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
