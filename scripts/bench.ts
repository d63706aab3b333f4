// The benchmark: figures that vary from run to run, reported and never judged (it exits 0 if it ran).
//   npm run bench            → builds dist/ if missing, serves it on 127.0.0.1, then
//   1. Lighthouse 12, mobile preset, 3 runs: the median of each score and of LCP, TBT, CLS;
//   2. a reader's scroll through every step in Chromium at 4× CPU slowdown: long animation frames
//      (> 50 ms) and the layouts and style recalculations it caused;
//   3. bytes shipped (gzip of every file the story loaded) against the gzip size of the content itself
//      (visible text + data/*.json + the prepared map geometry);
//   4. the build at scale: build time and bytes for today's data and for the scale fixture
//      (scripts/scale-data.ts: 60 countries, twice today's actors, links and events) side by side, and how
//      build time grows with the data (the ratio of build times against the ratio of record counts). Each
//      is built once with its diagram layout worked out afresh (cold) and BENCH_RUNS times with it cached
//      (warm), in turn (A, B, A, B…).
// Writes bench-report.json and prints a table. BENCH_RUNS=1 for a quicker look (one Lighthouse run, one
// scroll, one warm build each); BENCH_ONLY=lighthouse, scroll or build runs just that part.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildSite } from './build';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { budget, gzipSize, kb } from '../tests/browser/quality-assets';
import type { Story } from '../src/lib/data/schema';
import { loadDataDir } from '../src/lib/data/load';
import { cacheDir, layoutKey, networkLayout } from './prepare-network';
import { writeScaleData } from './scale-data';

// Lighthouse runs, and scrolls: on a shared 2-core machine one scroll's long-frame count moves by one with
// the neighbours' load, so the report gives every scroll's count and their median, as Lighthouse does.
const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_ONLY;
const targets = {
  performance: '≥ 95',
  tbtMs: '≤ 50',
  lcpMs: '≤ 1200',
  cls: '≤ 0.01',
  longFramesDuringScroll: '0',
} as const;

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

interface LighthouseFigures {
  runs: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    lcpMs: number;
    tbtMs: number;
    cls: number;
  }[];
  median: LighthouseFigures['runs'][number];
  /** Audits below full score in the first run, by category: where the points went. */
  losing: Record<string, string[]>;
}

async function runLighthouse(url: string, chromePath: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const all: LighthouseFigures['runs'] = [];
  const losing: Record<string, string[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      // No config: Lighthouse's default is the mobile preset (Moto G Power, simulated slow 4G, 4× CPU).
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      const { categories, audits } = result.lhr;
      if (i === 0)
        for (const [id, cat] of Object.entries(categories))
          losing[id] = cat.auditRefs
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`);
      const score = (id: string) => round((categories[id]?.score ?? NaN) * 100);
      all.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: round(audits['total-blocking-time']?.numericValue ?? NaN),
        cls: round(audits['cumulative-layout-shift']?.numericValue ?? NaN, 4),
      });
      console.log(`  lighthouse run ${i + 1}/${runs}: ${JSON.stringify(all.at(-1))}`);
    }
  } finally {
    await chrome.kill();
  }
  const pick = <K extends keyof LighthouseFigures['median']>(k: K) => median(all.map((r) => r[k]));
  return {
    runs: all,
    losing,
    median: {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
    },
  };
}

interface ScrollFigures {
  viewport: string;
  cpuSlowdown: number;
  steps: number;
  longFramesDuringLoad: number;
  longFramesDuringScroll: number;
  longestFrameMs: number;
  /** Each long frame of the scroll: where the page was and what the frame spent its time on. */
  longFrames: Omit<LongFrame, 'start'>[];
  layoutsDuringScroll: number;
  styleRecalcsDuringScroll: number;
  layoutMsDuringScroll: number;
  scriptMsDuringScroll: number;
  bytesShippedGzip: number;
  contentGzip: number;
  bytesPerContentByte: number;
  filesLoaded: number;
}

interface ScrollSummary {
  /** Each scroll's long-frame count, in the order run. */
  longFramesPerScroll: number[];
  medianLongFrames: number;
  /** The figures of the scroll whose count is the median (the first such), with its long frames. */
  median: ScrollFigures;
  /** Every long frame of every scroll, by scroll. */
  runs: ScrollFigures[];
}

interface LoafEntry {
  startTime: number;
  duration: number;
  styleAndLayoutStart: number;
  scripts: { duration: number; invoker: string; sourceURL: string }[];
}
interface LongFrame {
  start: number;
  duration: number;
  scripts: { ms: number; what: string }[];
  styleAndLayoutMs: number;
  at: string;
}

/** Counts long animation frames from the start, buffered, before any of the page's scripts run. */
function observeLongFrames() {
  const w = window as unknown as { __loaf: LongFrame[] };
  w.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEntry[] & LoafEntry[]) {
        w.__loaf.push({
          start: e.startTime,
          duration: e.duration,
          // What the frame spent its time on: scripts (by caller and file), then style and layout.
          scripts: e.scripts
            .filter((s) => s.duration > 5)
            .map((s) => ({
              ms: Math.round(s.duration),
              what: `${s.invoker} @ ${s.sourceURL.split('/').pop()}`,
            })),
          // 0 when the frame did not render.
          styleAndLayoutMs: e.styleAndLayoutStart
            ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart)
            : 0,
          // The step being read, set by the scroll loop (reading scrollY here would force a layout).
          at: (window as unknown as { __step?: string }).__step ?? 'load',
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // (No named inner functions above: tsx would wrap them in a helper that the page does not have.)
    // Older Chromium without LoAF: the figure stays 0 and the report says so.
  }
}

/**
 * Scrolls like a reader, in wheel notches, until each step's graphic shows it. The loop talks to the page
 * as little as it can, because whatever it runs there is main-thread work a reader's phone never does: the
 * steps' places are read once (the story's layout does not move while it scrolls), and the wait for each
 * notch to land polls inside animation frames, which render anyway, rather than on timers, whose tasks
 * would start a frame early and be counted in it.
 */
async function readThrough(page: Page, stepIds: string[]) {
  const wide = await page.evaluate(() => window.innerWidth >= 960);
  // Where a reader reads a step: beside the graphic on wide screens, just under it on phones.
  const targets = await page.evaluate(
    ({ ids, at }) =>
      ids.map((id) => {
        const el = document.getElementById(id);
        return el ? el.getBoundingClientRect().top + window.scrollY - window.innerHeight * at : 0;
      }),
    { ids: stepIds, at: wide ? 0.4 : 0.62 },
  );
  let y = await page.evaluate(() => window.scrollY);
  for (const [k, id] of stepIds.entries()) {
    await page.evaluate((id) => ((window as unknown as { __step?: string }).__step = id), id);
    for (let i = 0; i < 200 && targets[k] - y > 0; i++) {
      await page.mouse.wheel(0, Math.min(120, targets[k] - y + 1));
      // Under 4× CPU slowdown a notch lands a little later: go on only once it has, or the loop sends
      // notches for distance already covered and overshoots the step.
      const landed = await page
        .waitForFunction((before) => (window.scrollY !== before ? window.scrollY : false), y, {
          timeout: 1000,
          polling: 'raf',
        })
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => undefined);
      if (landed === undefined) break; // the page cannot scroll further
      y = landed;
    }
    await page
      .waitForFunction(
        (id) =>
          document
            .querySelector(`[data-step="${id}"]`)
            ?.closest('[data-block]')
            ?.querySelector('[data-active-step]')
            ?.getAttribute('data-active-step') === id,
        id,
        { timeout: 5000, polling: 'raf' },
      )
      .catch(() => console.log(`  (step ${id} never became active)`));
    await page.waitForTimeout(350); // let the step's transition run
  }
}

async function runScroll(origin: string, chromePath: string): Promise<ScrollFigures> {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
  const stepIds = story.sections.flatMap((s) => s.steps.map((st) => st.id));
  // Wheel notches land where they are sent: with smooth scrolling the page would glide on past the step
  // being measured after the loop stops, and the count would depend on timing.
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: [...chromiumArgs, '--disable-smooth-scrolling'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
    await context.addInitScript(observeLongFrames);
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin === origin) loaded.add(u.pathname);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await page.goto(origin + '/', { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    // Wheel over the text, below the graphic, where a phone reader's thumb would be: a pointer parked over
    // the chart would fire hover effects that phones never have.
    await page.mouse.move(195, 800);

    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m: { name: string; value: number }) => [
          m.name,
          m.value,
        ]),
      ) as Record<string, number>;
    const scrollStart = await page.evaluate(() => performance.now());
    const before = await metrics();
    await readThrough(page, stepIds);
    const after = await metrics();
    const frames = await page.evaluate(() => (window as unknown as { __loaf: LongFrame[] }).__loaf);
    const text = await page.evaluate(() => document.body.innerText);

    // Bytes shipped: every file of ours the page loaded, gzipped as a server would send it.
    const files = [...loaded]
      .map((p) => (p.endsWith('/') ? p + 'index.html' : p))
      .map((p) => join('dist', decodeURIComponent(p)))
      .filter((f) => existsSync(f));
    const shipped = files.reduce((n, f) => n + gzip(readFileSync(f)), 0);
    const dataFiles = readdirSync('data')
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(join('data', f), 'utf8'));
    const geometry = existsSync('src/lib/geo/world.json')
      ? readFileSync('src/lib/geo/world.json', 'utf8')
      : '';
    const content = gzip([text, ...dataFiles, geometry].join('\n'));

    const long = frames.filter((f) => f.duration > 50);
    return {
      viewport: '390×844',
      cpuSlowdown: 4,
      steps: stepIds.length,
      longFramesDuringLoad: long.filter((f) => f.start < scrollStart).length,
      longFramesDuringScroll: long.filter((f) => f.start >= scrollStart).length,
      longestFrameMs: round(
        Math.max(0, ...long.filter((f) => f.start >= scrollStart).map((f) => f.duration)),
      ),
      longFrames: long
        .filter((f) => f.start >= scrollStart)
        .map(({ start: _start, ...f }) => ({ ...f, duration: round(f.duration) })),
      layoutsDuringScroll: after.LayoutCount - before.LayoutCount,
      styleRecalcsDuringScroll: after.RecalcStyleCount - before.RecalcStyleCount,
      layoutMsDuringScroll: round((after.LayoutDuration - before.LayoutDuration) * 1000),
      scriptMsDuringScroll: round((after.ScriptDuration - before.ScriptDuration) * 1000),
      bytesShippedGzip: shipped,
      contentGzip: content,
      bytesPerContentByte: round(shipped / content, 2),
      filesLoaded: files.length,
    };
  } finally {
    await browser.close();
  }
}

interface BuildFigures {
  name: string;
  dataDir: string;
  records: Record<string, number> & { total: number };
  /** Seconds: the first build of this data (the diagram's layout worked out), then each cached one. */
  coldS: number;
  warmS: number[];
  /** Seconds to lay out the diagram alone, uncached. */
  layoutS: number;
  bytes: {
    storyHtmlGzip: number;
    storyFirstView: number;
    storyWhole: number;
    embedJsMax: number;
    downloadsGzip: number;
    siteGzip: number;
  };
}

const seconds = async (run: () => Promise<unknown>) => {
  const t = performance.now();
  await run();
  return round((performance.now() - t) / 1000, 1);
};

/** Builds today's data and the scale fixture, in turn, and measures each build and what it wrote. */
async function runBuilds(): Promise<BuildFigures[]> {
  const scaleDir = writeScaleData(join('.build-tmp', 'bench-scale-data'));
  const sets = [
    { name: "today's data", dataDir: 'data', outDir: join('.build-tmp', 'bench-today') },
    { name: 'scale fixture', dataDir: scaleDir, outDir: join('.build-tmp', 'bench-scale') },
  ];
  const figures: BuildFigures[] = [];
  for (const set of sets) {
    const d = loadDataDir(set.dataDir);
    const counts = {
      countries: d.countries.length,
      entities: d.entities.length,
      relationships: d.relationships.length,
      events: d.events.length,
      sources: d.sources.length,
    };
    const layoutS = await seconds(async () => networkLayout(d, { cache: false }));
    rmSync(join(cacheDir, `network-layout-${layoutKey(d)}.json`), { force: true });
    console.log(`  ${set.name}: cold build …`);
    const coldS = await seconds(() => buildSite({ outDir: set.outDir, dataDir: set.dataDir, quiet: true }));
    figures.push({
      name: set.name,
      dataDir: set.dataDir,
      records: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) },
      coldS,
      warmS: [],
      layoutS,
      bytes: undefined as unknown as BuildFigures['bytes'],
    });
  }
  for (let i = 0; i < runs; i++)
    for (const [k, set] of sets.entries()) {
      console.log(`  ${set.name}: warm build ${i + 1}/${runs} …`);
      figures[k].warmS.push(
        await seconds(() => buildSite({ outDir: set.outDir, dataDir: set.dataDir, quiet: true })),
      );
    }
  for (const [k, set] of sets.entries()) {
    const files = readdirSync(set.outDir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name));
    const story = budget('index.html', set.outDir);
    figures[k].bytes = {
      storyHtmlGzip: gzipSize(join(set.outDir, 'index.html')),
      storyFirstView: story.firstView,
      storyWhole: story.whole,
      embedJsMax: Math.max(
        ...['map', 'network', 'timeline'].map((c) => budget(`embed/${c}/index.html`, set.outDir).allJs),
      ),
      downloadsGzip: files
        .filter((f) => f.includes(`${set.outDir}/data/`))
        .reduce((n, f) => n + gzipSize(f), 0),
      siteGzip: files.reduce((n, f) => n + gzipSize(f), 0),
    };
    rmSync(set.outDir, { recursive: true, force: true });
  }
  rmSync(scaleDir, { recursive: true, force: true });
  return figures;
}

function printBuilds(figures: BuildFigures[]) {
  const [a, b] = figures;
  const ratio = (x: number, y: number) => (x ? `×${(y / x).toFixed(2)}` : 'n/a');
  const rows: [string, number | string, number | string, string][] = [
    ...(Object.keys(a.records) as (keyof BuildFigures['records'])[]).map(
      (k) =>
        [`records: ${k}`, a.records[k], b.records[k], ratio(a.records[k], b.records[k])] as [
          string,
          number,
          number,
          string,
        ],
    ),
    ['diagram layout alone (s)', a.layoutS, b.layoutS, ratio(a.layoutS, b.layoutS)],
    ['build, layout worked out (s)', a.coldS, b.coldS, ratio(a.coldS, b.coldS)],
    [
      `build, layout cached (s, median of ${a.warmS.length})`,
      median(a.warmS),
      median(b.warmS),
      ratio(median(a.warmS), median(b.warmS)),
    ],
    [
      'story HTML, gzip',
      kb(a.bytes.storyHtmlGzip),
      kb(b.bytes.storyHtmlGzip),
      ratio(a.bytes.storyHtmlGzip, b.bytes.storyHtmlGzip),
    ],
    [
      'story first view, gzip (≤ 150 KB)',
      kb(a.bytes.storyFirstView),
      kb(b.bytes.storyFirstView),
      ratio(a.bytes.storyFirstView, b.bytes.storyFirstView),
    ],
    [
      'story, everything, gzip (≤ 400 KB)',
      kb(a.bytes.storyWhole),
      kb(b.bytes.storyWhole),
      ratio(a.bytes.storyWhole, b.bytes.storyWhole),
    ],
    [
      'largest embed JS, gzip (≤ 50 KB)',
      kb(a.bytes.embedJsMax),
      kb(b.bytes.embedJsMax),
      ratio(a.bytes.embedJsMax, b.bytes.embedJsMax),
    ],
    [
      'downloads (data/), gzip',
      kb(a.bytes.downloadsGzip),
      kb(b.bytes.downloadsGzip),
      ratio(a.bytes.downloadsGzip, b.bytes.downloadsGzip),
    ],
    [
      'whole site, gzip',
      kb(a.bytes.siteGzip),
      kb(b.bytes.siteGzip),
      ratio(a.bytes.siteGzip, b.bytes.siteGzip),
    ],
  ];
  console.log('\n' + ['build'.padEnd(44), a.name.padEnd(16), b.name.padEnd(16), 'ratio'].join(''));
  for (const [name, x, y, r] of rows)
    console.log(name.padEnd(44) + String(x).padEnd(16) + String(y).padEnd(16) + r);
  const grow = (t: (f: BuildFigures) => number) => (t(b) / t(a)).toFixed(2);
  console.log(
    `\nBuild time grows ×${grow((f) => median(f.warmS))} (cached layout) and ×${grow((f) => f.coldS)} ` +
      `(layout worked out) for ×${grow((f) => f.records.total)} the records; the diagram's layout alone ` +
      `×${grow((f) => f.layoutS)} for ×${grow((f) => f.records.entities)} the actors.`,
  );
}

async function main() {
  if (only === 'build') {
    console.log(`Building today's data and the scale fixture (1 cold + ${runs} warm each) …`);
    const builds = await runBuilds();
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
  const chromePath = findChromium();
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
        report.lighthouse = await runLighthouse(origin + '/', chromePath);
      } catch (error) {
        report.lighthouse = { error: String(error) };
        console.log(`  Lighthouse failed: ${String(error)}`);
      }
    }
    if (only !== 'lighthouse') {
      console.log('Scrolling through every step at 4× CPU slowdown …');
      try {
        const scrolls: ScrollFigures[] = [];
        for (let i = 0; i < runs; i++) scrolls.push(await runScroll(origin, chromePath));
        const counts = scrolls.map((r) => r.longFramesDuringScroll);
        const mid = median(counts);
        report.scroll = {
          longFramesPerScroll: counts,
          medianLongFrames: mid,
          median: scrolls.find((r) => r.longFramesDuringScroll >= mid)!,
          runs: scrolls,
        } satisfies ScrollSummary;
      } catch (error) {
        report.scroll = { error: String(error) };
        console.log(`  scroll run failed: ${String(error)}`);
      }
    }
    report.budgets = [
      'index.html',
      'embed/map/index.html',
      'embed/network/index.html',
      'embed/timeline/index.html',
    ].map((p) => budget(p));
  } finally {
    await server.close();
  }
  if (!only) {
    console.log(`Building today's data and the scale fixture (1 cold + ${runs} warm each) …`);
    report.builds = await runBuilds();
  }
  writeFileSync('bench-report.json', JSON.stringify(report, null, 2) + '\n');

  const lh = (report.lighthouse as LighthouseFigures | { error: string }) ?? {};
  const sc = (report.scroll as ScrollSummary | { error: string }) ?? {};
  const m = 'median' in lh ? lh.median : undefined;
  const all = 'runs' in sc ? sc : undefined;
  const s = all?.median;
  const rows: [string, string | number, string][] = [
    ['Lighthouse performance (median)', m?.performance ?? 'n/a', targets.performance],
    ['Lighthouse accessibility', m?.accessibility ?? 'n/a', ''],
    ['Lighthouse best practices', m?.bestPractices ?? 'n/a', ''],
    ['Lighthouse SEO', m?.seo ?? 'n/a', ''],
    ['LCP (ms)', m?.lcpMs ?? 'n/a', targets.lcpMs],
    ['TBT (ms)', m?.tbtMs ?? 'n/a', targets.tbtMs],
    ['CLS', m?.cls ?? 'n/a', targets.cls],
    ['long frames > 50 ms, load (4× CPU)', s?.longFramesDuringLoad ?? 'n/a', ''],
    [
      'long frames > 50 ms, scroll (4× CPU)',
      all ? `${all.medianLongFrames} (${all.longFramesPerScroll.join(', ')})` : 'n/a',
      `${targets.longFramesDuringScroll} (median; each scroll's)`,
    ],
    [
      'longest frame in scroll (ms)',
      all ? Math.max(...all.runs.map((r) => r.longestFrameMs)) : 'n/a',
      'any scroll',
    ],
    ['layouts during scroll', s?.layoutsDuringScroll ?? 'n/a', ''],
    ['style recalcs during scroll', s?.styleRecalcsDuringScroll ?? 'n/a', ''],
    ['layout time during scroll (ms)', s?.layoutMsDuringScroll ?? 'n/a', ''],
    ['script time during scroll (ms)', s?.scriptMsDuringScroll ?? 'n/a', ''],
    ['bytes shipped, gzip', s ? `${(s.bytesShippedGzip / 1024).toFixed(1)} KB` : 'n/a', ''],
    ['content (text+data+geometry), gzip', s ? `${(s.contentGzip / 1024).toFixed(1)} KB` : 'n/a', ''],
    ['shipped / content', s?.bytesPerContentByte ?? 'n/a', ''],
  ];
  console.log('\n' + ['figure'.padEnd(40), 'value'.padEnd(14), 'target'].join(''));
  for (const [name, value, target] of rows) console.log(name.padEnd(40) + String(value).padEnd(14) + target);
  if (m && 'losing' in lh)
    for (const [cat, ids] of Object.entries(lh.losing))
      if (ids.length) console.log(`Lighthouse ${cat} loses points on: ${ids.join(', ')}`);
  for (const [i, r] of (all?.runs ?? []).entries())
    for (const f of r.longFrames)
      console.log(
        `scroll ${i + 1}: long frame ${f.duration} ms (reading ${f.at}): ${f.scripts.map((x) => `${x.what} ${x.ms} ms`).join(', ') || 'no script over 5 ms'}; style+layout ${f.styleAndLayoutMs} ms`,
      );
  if (report.builds) printBuilds(report.builds as BuildFigures[]);
  console.log('\nWritten to bench-report.json (figures only: nothing here passes or fails).');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
