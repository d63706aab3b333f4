// The benchmark: figures that vary from run to run, reported and never judged (it exits 0 if it ran).
//   npm run bench            → builds dist/ if missing, serves it on 127.0.0.1, then
//   1. Lighthouse 12, mobile preset, 3 runs: the median of each score and of LCP, TBT, CLS;
//   2. a reader's scroll through every step in Chromium at 4× CPU slowdown: long animation frames
//      (> 50 ms) and the layouts and style recalculations it caused;
//   3. bytes shipped (gzip of every file the story loaded) against the gzip size of the content itself
//      (visible text + data/*.json + the prepared map geometry), and every page's weight in each edition
//      beside the English page's;
//   4. the build at scale: build time and bytes for today's data and for the scale fixture
//      (scripts/scale-data.ts: 60 countries, twice today's actors, links and events) side by side, and how
//      build time grows with the data (the ratio of build times against the ratio of record counts). Each
//      is built once with its diagram layout worked out afresh (cold) and BENCH_RUNS times with it cached
//      (warm), in turn (A, B, A, B…).
// Writes bench-report.json and prints a table. BENCH_RUNS=1 for a quicker look (one Lighthouse run, one
// scroll, one warm build each); BENCH_ONLY=lighthouse, scroll or build runs just that part.
// Each part is a module of scripts/bench/; this file runs them and writes the report.
import { existsSync, writeFileSync } from 'node:fs';
import { preview } from 'vite';
import { buildSite } from './build';
import { ensureChromium } from './chromium';
import { budget, pagesBuilt } from '../tests/browser/quality-assets';
import { editionIds } from '../src/lib/editions/editions';
import { runLighthouse } from './bench/lighthouse';
import { runScrolls } from './bench/scroll';
import { runBuilds } from './bench/builds';
import { printBuilds, printReport, targets } from './bench/report';

// Lighthouse runs, and scrolls: on a shared 2-core machine one scroll's long-frame count moves by one with
// the neighbours' load, so the report gives every scroll's count and their median, as Lighthouse does.
const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_ONLY;

async function main() {
  if (only === 'build') {
    console.log(`Building today's data and the scale fixture (1 cold + ${runs} warm each) …`);
    const builds = await runBuilds(runs);
    writeFileSync(
      'bench-report.json',
      JSON.stringify({ date: new Date().toISOString(), builds }, null, 2) + '\n',
    );
    printBuilds(builds);
    console.log('\nWritten to bench-report.json (figures only: nothing here passes or fails).');
    return;
  }
  if (!existsSync('dist/index.html')) {
    console.log('No dist/: building the site first.');
    await buildSite({ quiet: true });
  }
  const chromePath = ensureChromium();
  const server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    url: origin + '/',
    targets,
  };
  try {
    if (only !== 'scroll') {
      console.log(`Lighthouse (mobile preset) × ${runs} on ${origin}/ …`);
      try {
        report.lighthouse = await runLighthouse(origin + '/', chromePath, runs);
      } catch (error) {
        report.lighthouse = { error: String(error) };
        console.log(`  Lighthouse failed: ${String(error)}`);
      }
    }
    if (only !== 'lighthouse') {
      console.log('Scrolling through every step at 4× CPU slowdown …');
      try {
        report.scroll = await runScrolls(origin, chromePath, runs);
      } catch (error) {
        report.scroll = { error: String(error) };
        console.log(`  scroll run failed: ${String(error)}`);
      }
    }
    report.budgets = editionIds.flatMap((id) =>
      pagesBuilt('dist', id === 'en' ? '' : `${id}/`).map((p) => budget(p)),
    );
  } finally {
    await server.close();
  }
  if (!only) {
    console.log(`Building today's data and the scale fixture (1 cold + ${runs} warm each) …`);
    report.builds = await runBuilds(runs);
  }
  writeFileSync('bench-report.json', JSON.stringify(report, null, 2) + '\n');
  printReport(report);
  console.log('\nWritten to bench-report.json (figures only: nothing here passes or fails).');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
