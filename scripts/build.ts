// Builds the whole site into a temporary folder and swaps it into place only when every step succeeded,
// so a failed build (bad data, a thrown error in prerender) leaves the site that was there untouched.
//   npx tsx scripts/build.ts            → dist/
//   BASE_PATH=/graphics/tiandy/ npm run build   → a site that lives under that path
//   SITE_URL=https://news.example.org/graphics/tiandy/ npm run build   → published at that address (its
//     path is the base path unless BASE_PATH says otherwise): canonical links, social cards, oEmbed, sitemap
//   DATA_DIR=some/folder npm run build          → the site of another data folder (same six files)
// Every edition is built, each on its own (src/lib/editions/current.ts): English at the root, Persian in
// fa/, Chinese in zh/. The public files and the downloads are written once, at the root.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DataCheckError } from '../src/lib/data/load';
import { loadEditionDir, TranslationsIncomplete } from '../src/lib/data/editionData';
import { editionIds, editions, type EditionId } from '../src/lib/editions/editions';
import { prerender, writeHeadersFile, type PrerenderOptions } from './prerender';
import { writeDownloads } from './downloads';
import { firstMeasuresStep, writeImages } from './images';
import { writePublishing } from './publish';
import { siteAddress } from '../src/lib/publish/site';
import { classicScripts } from './classicScripts';
import { ChromiumMissing, ensureChromium } from './chromium';
import { embedEntry } from './embedEntry';
import { chartNames } from '../src/lib/charts/registry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Vite loads its config 15 times a build (5 builds an edition) and each time lists, as a hint for a loader
// it may adopt in a later major, the config's extensionless imports of src/ (600 lines that buried a data
// error's one line). The loader it uses now reads them; the hint is off for builds and for npm test.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

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
  /** The editions to build; all of them by default (English is always built: it holds the root). */
  editions?: EditionId[];
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

  // 1. The data first, in every edition: nothing is written if it is wrong, or, when publishing, if an
  // edition would show a reader English where its translation is missing or stale.
  // An edition is built when its translations are there, beside the data (data/translations/fa.json): a
  // data folder of English alone (the scale test's) makes the English site alone.
  const built = (
    options.editions ?? editionIds.filter((id) => existsSync(join(dataDir, 'translations', `${id}.json`)))
  ).filter((id) => id !== 'en');
  const data = Object.fromEntries(
    (['en', ...built] as EditionId[]).map((id) => [
      id,
      loadEditionDir(dataDir, id, { publishing: !!siteUrl }),
    ]),
  ) as Record<EditionId, ReturnType<typeof loadEditionDir>>;
  const dataset = data.en.dataset;
  for (const id of built)
    if (data[id].untranslated.length)
      log(
        `${id}: ${data[id].untranslated.length} text(s) stay in English (no current translation); npm run check:data lists them`,
      );
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
  // vite.config.ts reads the edition from EDITION each time a build loads it.
  const previousEdition = process.env.EDITION;
  // …and the site's root path from BASE_PATH (the public files are named there from every edition).
  const previousBasePath = process.env.BASE_PATH;
  process.env.BASE_PATH = base;
  // A build is the published site, whoever runs it: under vitest NODE_ENV is "test", and Vite would then
  // build in development mode (import.meta.env.DEV true: dev-only imports and checks in the pages).
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const logLevel = options.quiet ? 'silent' : 'warn';
    const policies: { path: string; policy: string }[] = [];
    // English first: its build empties the site's folder, then each edition fills its own.
    for (const id of ['en', ...built] as EditionId[]) {
      process.env.EDITION = id;
      const { path } = editions[id];
      const t = data[id].translation;
      const note = t && { status: t.status, translatedFrom: t.translatedFrom, updates: t.updates };
      const pages = await buildEdition(id, work, join(site, path), base + path, logLevel, {
        note,
        editions: ['en', ...built],
      });
      policies.push({ path, policy: pages.policy });
      log(`prerendered ${id}: ${pages.pages.join(', ')}`);
    }
    writeHeadersFile(site, policies);
    const downloads = writeDownloads(dataset, site);
    await writeImages(site, base, log, {
      pngs: options.pngs ?? true,
      measuresStep: firstMeasuresStep(dataset.story),
      editions: ['', ...built.map((id) => editions[id].path)],
    });
    writePublishing(site, dataset, {
      siteUrl,
      siteName: options.siteName ?? process.env.SITE_NAME,
      downloads,
      log,
      editions: Object.fromEntries(
        (['en', ...built] as EditionId[]).map((id) => [id, data[id].dataset]),
      ) as Partial<Record<EditionId, typeof dataset>>,
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
    if (previousBasePath === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previousBasePath;
    if (previousEdition === undefined) delete process.env.EDITION;
    else process.env.EDITION = previousEdition;
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One edition's pages into `dir` (the site's root for English, its folder otherwise), loading files from
 * `base`: the story and the data page (module scripts, shared chunks, islands loaded on demand), each
 * embed (one classic script of its own), then the prerender. The public files go only with English.
 */
async function buildEdition(
  edition: EditionId,
  work: string,
  dir: string,
  base: string,
  logLevel: 'silent' | 'warn',
  switcher: PrerenderOptions['switcher'],
) {
  // The config (vite.config.ts) sets Vite's root to the page templates; give it the file, not a root.
  const configFile = join(root, 'vite.config.ts');
  await build({
    configFile,
    base,
    logLevel,
    build: { outDir: dir, emptyOutDir: true, copyPublicDir: edition === 'en' },
  });
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
    mkdirSync(join(dir, 'embed', chart), { recursive: true });
    renameSync(join(out, 'embed', 'index.html'), join(dir, 'embed', chart, 'index.html'));
    for (const f of readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')))
      renameSync(join(out, 'assets', f), join(dir, 'assets', f));
  }
  // A folder per edition: Node keeps each imported entry-server.js by its path.
  const ssr = join(work, `ssr-${edition}`);
  await build({
    configFile,
    base,
    logLevel,
    // ssrEmitAssets: the SSR build's stylesheet covers every component, including the static shell
    // that the browser never imports; the prerender inlines that one.
    build: { ssr: join(root, 'src/entry-server.ts'), outDir: ssr, emptyOutDir: true, ssrEmitAssets: true },
  });
  return prerender(join(ssr, 'entry-server.js'), dir, { edition, switcher });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSite().catch((error: unknown) => {
    if (
      error instanceof DataCheckError ||
      error instanceof ChromiumMissing ||
      error instanceof TranslationsIncomplete
    )
      console.error(error.message);
    else console.error(error);
    console.error('\nBuild stopped; the previous site (if any) was left as it was.');
    process.exit(1);
  });
}
