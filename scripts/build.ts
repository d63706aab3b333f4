// Builds the whole site into a temporary folder and swaps it into place only when every step succeeded,
// so a failed build (bad data, a thrown error in prerender) leaves the site that was there untouched.
//   npx tsx scripts/build.ts            → dist/
//   BASE_PATH=/graphics/tiandy/ npm run build   → a site that lives under that path
//   SITE_URL=https://news.example.org/graphics/tiandy/ npm run build   → published at that address (its
//     path is the base path unless BASE_PATH says otherwise): canonical links, social cards, oEmbed, sitemap
//   DATA_DIR=some/folder npm run build          → the site of another data folder (same six files)
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DataCheckError, loadDataDir } from '../src/lib/data/load';
import { prerender } from './prerender';
import { writeDownloads } from './downloads';
import { firstMeasuresStep, writeImages } from './images';
import { writePublishing } from './publish';
import { siteAddress } from '../src/lib/publish/site';
import { classicScripts } from './classicScripts';
import { ChromiumMissing, ensureChromium } from './chromium';
import { embedEntry } from './embedEntry';
import { chartNames } from '../src/lib/charts/registry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  /** Where the finished site goes; replaced only on success. */
  outDir?: string;
  /** The data folder; defaults to DATA_DIR or data/. Vite reads it too (vite.config.ts). */
  dataDir?: string;
  /** PNG pictures of the charts (Chromium); true by default. The SVGs are always written. */
  pngs?: boolean;
  /** Public base path, e.g. "/graphics/tiandy/"; defaults to BASE_PATH, else SITE_URL's path, else "/". */
  base?: string;
  /** The public address, e.g. "https://news.example.org/graphics/tiandy/"; defaults to SITE_URL ("" for none). */
  siteUrl?: string;
  /** The newsroom's name for cards and JSON-LD; defaults to SITE_NAME, else the address's host. */
  siteName?: string;
  /** Runs on the finished site just before the swap: lets a test prove a late failure changes nothing. */
  beforeSwap?: (siteDir: string) => void | Promise<void>;
  quiet?: boolean;
  /** Where progress lines go (console.log unless quiet). */
  log?: (message: string) => void;
}

export async function buildSite(options: BuildOptions = {}): Promise<string> {
  const outDir = resolve(root, options.outDir ?? 'dist');
  const dataDir = resolve(root, options.dataDir ?? process.env.DATA_DIR ?? 'data');
  const log = options.log ?? (options.quiet ? () => {} : (m: string) => console.log(m));
  // Checked before anything is built: a mistyped address stops the build with a message.
  const { siteUrl, base } = siteAddress({
    SITE_URL: options.siteUrl ?? process.env.SITE_URL,
    BASE_PATH: options.base ?? process.env.BASE_PATH,
  });

  // 1. The data first: nothing is written if it is wrong.
  const dataset = loadDataDir(dataDir);
  // The PNG pictures need Chromium: installed now if missing (scripts/chromium.ts), or the build stops
  // here with how to install it, before any work is done.
  if (options.pngs ?? true) ensureChromium();
  log(
    `data OK: ${dataset.sources.length} sources, ${dataset.countries.length} countries, ` +
      `${dataset.relationships.length} relationships, ${dataset.events.length} events`,
  );

  const work = join(root, '.build-tmp', `${process.pid}-${Date.now()}`);
  const site = join(work, 'site');
  mkdirSync(work, { recursive: true });
  // vite.config.ts reads the data folder from DATA_DIR each time a build loads it.
  const previousDataDir = process.env.DATA_DIR;
  process.env.DATA_DIR = dataDir;
  // A build is the published site, whoever runs it: under vitest NODE_ENV is "test", and Vite would then
  // build in development mode (import.meta.env.DEV true: dev-only imports and checks in the pages).
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const logLevel = options.quiet ? 'silent' : 'warn';
    // The config (vite.config.ts) sets Vite's root to the page templates; give it the file, not a root.
    const configFile = join(root, 'vite.config.ts');
    // The story and the data page: module scripts, shared chunks, islands loaded on demand.
    await build({ configFile, base, logLevel, build: { outDir: site, emptyOutDir: true } });
    // Each chart's embed: its page and one classic script of its own (scripts/classicScripts.ts says why),
    // from the one embed template and entry, resolved to that chart's embed.ts (scripts/embedEntry.ts).
    // Built aside, then only those two files move in: the page's stylesheet is the SSR one, inlined below.
    for (const chart of chartNames) {
      const out = join(work, `embed-${chart}`);
      await build({
        configFile,
        base,
        logLevel,
        plugins: [classicScripts(), embedEntry(root, chart)],
        build: {
          outDir: out,
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: {
            input: join(root, 'src/pages/embed/index.html'),
            output: {
              format: 'iife',
              codeSplitting: false,
              entryFileNames: `assets/embed-${chart}-[hash].js`,
            },
          },
        },
      });
      mkdirSync(join(site, 'embed', chart), { recursive: true });
      renameSync(join(out, 'embed', 'index.html'), join(site, 'embed', chart, 'index.html'));
      for (const f of readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')))
        renameSync(join(out, 'assets', f), join(site, 'assets', f));
    }
    await build({
      configFile,
      base,
      logLevel,
      // ssrEmitAssets: the SSR build's stylesheet covers every component, including the static shell
      // that the browser never imports; the prerender inlines that one.
      build: {
        ssr: join(root, 'src/entry-server.ts'),
        outDir: join(work, 'ssr'),
        emptyOutDir: true,
        ssrEmitAssets: true,
      },
    });
    const pages = await prerender(join(work, 'ssr', 'entry-server.js'), site);
    log(`prerendered ${pages.join(', ')}`);
    const downloads = writeDownloads(dataset, site);
    await writeImages(site, base, log, {
      pngs: options.pngs ?? true,
      measuresStep: firstMeasuresStep(dataset.story),
    });
    writePublishing(site, dataset, {
      siteUrl,
      siteName: options.siteName ?? process.env.SITE_NAME,
      downloads,
      log,
    });
    await options.beforeSwap?.(site);

    // 2. The swap: two renames, so readers of outDir see the old site or the new one, never half of one.
    const old = join(work, 'old');
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(site, outDir);
    log(`site written to ${outDir}`);
    return outDir;
  } finally {
    if (previousDataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previousDataDir;
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSite().catch((error: unknown) => {
    if (error instanceof DataCheckError || error instanceof ChromiumMissing) console.error(error.message);
    else console.error(error);
    console.error('\nBuild stopped; the previous site (if any) was left as it was.');
    process.exit(1);
  });
}
