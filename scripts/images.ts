// Static images of each chart, built with the site, for newsletters, print and social cards:
//   images/<chart>.svg  the chart's first state as a standalone SVG (its styles inlined)
//   images/<chart>.png  a 2× picture of the embed's chart, drawn for the picture's width and cropped to
//                       what it draws with a margin, and images/social.png (1200×630) for Open Graph
// The SVGs come from the prerendered HTML alone. The PNGs need Chromium, installed first if it is missing
// (scripts/chromium.ts); a build that cannot have it stops with how to install it. Only a build asked for
// no PNGs (a test's) has none, and its pages no og:image (scripts/publish.ts names only pictures built).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium';
import { fontsInline } from './fonts';
import type { Story } from '../src/lib/data/schema';
import { chartNames as charts } from '../src/lib/charts/registry';

/** The first <svg> inside the chart root, with the site's CSS inlined so it renders on its own. */
export function standaloneSvg(embedHtml: string, css: string): string | null {
  const root = embedHtml.indexOf('data-chart=');
  if (root < 0) return null;
  const start = embedHtml.indexOf('<svg', root);
  const end = embedHtml.indexOf('</svg>', start);
  if (start < 0 || end < 0) return null;
  let svg = embedHtml.slice(start, end + '</svg>'.length);
  if (!/\sxmlns=/.test(svg.slice(0, 200)))
    svg = svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  // CSS custom properties are declared on :root in the page; inside a standalone SVG the root is <svg>.
  const style = `<style>${css.replace(/:root/g, 'svg')}</style>`;
  return svg.replace(
    /<svg[^>]*>/,
    (open) => `${open}${style}<rect width="100%" height="100%" fill="#fbfaf7"/>`,
  );
}

/** The id of the story's first step showing the map's measures view, if any: its embed is measures.png. */
export const firstMeasuresStep = (story: Story): string | undefined =>
  story.sections.flatMap((s) => s.steps).find((s) => s.view.chart === 'map' && s.view.layer === 'measures')
    ?.id;

/** The standalone SVGs of one edition's charts, in its folder's images/. */
function writeSvgs(editionDir: string) {
  mkdirSync(join(editionDir, 'images'), { recursive: true });
  const assets = join(editionDir, 'assets');
  const styles = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  // A standalone SVG loads nothing: the Persian edition's font goes in it.
  const css = fontsInline(styles, editionDir);
  for (const chart of charts) {
    const svg = standaloneSvg(readFileSync(join(editionDir, 'embed', chart, 'index.html'), 'utf8'), css);
    if (svg) writeFileSync(join(editionDir, 'images', `${chart}.svg`), svg);
  }
}

/**
 * Each edition's pictures in its folder's images/ (`editions`: the folders, "" for English, "fa/"):
 * drawn from that edition's own pages, so its cards speak its language.
 */
export async function writeImages(
  siteDir: string,
  base = '/',
  log: (m: string) => void = console.log,
  {
    pngs = true,
    measuresStep,
    editions = [''],
  }: { pngs?: boolean; measuresStep?: string; editions?: string[] } = {},
): Promise<void> {
  for (const edition of editions) writeSvgs(join(siteDir, edition));
  if (!pngs) return;
  // Installed first if missing (scripts/chromium.ts); without it the build stops rather than publish a
  // site whose social cards and pictures are silently missing.
  const executablePath = ensureChromium();
  // Served from a throwaway static server on 127.0.0.1: the site's absolute paths need a real origin.
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize('/' + pathname.slice(pathname.startsWith(base) ? base.length : 1));
    let file = join(siteDir, path);
    if (existsSync(file) && !extname(file)) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
    }[extname(file)];
    res.writeHead(200, type ? { 'content-type': type } : {}).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    for (const edition of editions)
      await editionPngs(
        browser,
        `${origin}${base}${edition}`,
        join(siteDir, edition, 'images'),
        measuresStep,
      );
    log(
      `images: SVG and PNG of each chart${measuresStep ? ', a PNG of the measures view' : ''}, and social.png` +
        (editions.length > 1 ? `, in each edition (${editions.map((e) => e || 'en/').join(', ')})` : ''),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/** One edition's PNGs, from its pages under `at` (an address ending in "/"), into `out`. */
async function editionPngs(browser: Browser, at: string, out: string, measuresStep?: string) {
  // Each chart as its embed draws it for a 1000 px page (the prerender is drawn for 600 px, and a
  // picture of it left a blank third or, for the map, scaled its labels up), without motion.
  const context = await browser.newContext({
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
    viewport: { width: 1000, height: 800 },
    // For the style that takes the embed's furniture out of the picture (the page's CSP lists its own).
    bypassCSP: true,
  });
  const page = await context.newPage();
  // Each chart's embed, and the map's measures view as its first measures step shows it (measures.png).
  const pictures: [string, string][] = charts.map((c) => [c, `embed/${c}/`]);
  if (measuresStep) pictures.push(['measures', `embed/map/?view=${encodeURIComponent(measuresStep)}`]);
  for (const [chart, address] of pictures) {
    await page.goto(`${at}${address}`, { waitUntil: 'networkidle' });
    if (chart === 'measures') await page.waitForSelector('[data-layer="measures"]');
    // Only the chart: the margin around it must not catch the edge of the title or the sources.
    await page.addStyleTag({ content: 'main > :not(.frame) { visibility: hidden; }' });
    await page.evaluate(async () => {
      await document.fonts.ready;
      // Three frames in a row with nothing animating: the chart has drawn for its measured width.
      for (let quiet = 0; quiet < 3;) {
        await new Promise((r) => requestAnimationFrame(r));
        quiet = document.getAnimations().some((a) => a.playState === 'running') ? 0 : quiet + 1;
      }
    });
    // What the chart draws, with a margin of paper, so nothing touches the picture's edge.
    const box = await page.$eval('[data-chart]', (root) => {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (el.closest('.card, [hidden]')) continue;
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
        // A block's box spans the column; its text and marks are what is drawn.
        if (el.children.length && !(el instanceof SVGElement)) continue;
        [x0, y0, x1, y1] = [
          Math.min(x0, r.left),
          Math.min(y0, r.top),
          Math.max(x1, r.right),
          Math.max(y1, r.bottom),
        ];
      }
      return { x0: x0 + scrollX, y0: y0 + scrollY, x1: x1 + scrollX, y1: y1 + scrollY };
    });
    const margin = 16;
    const x = Math.max(0, box.x0 - margin);
    const y = Math.max(0, box.y0 - margin);
    await page.screenshot({
      path: join(out, `${chart}.png`),
      fullPage: true,
      clip: { x, y, width: Math.min(1000, box.x1 + margin) - x, height: box.y1 + margin - y },
    });
  }
  // The social card is the map as readers without JavaScript first see it (its labels large enough for
  // a card shown small in a feed), with the embed's claim panel, sources and credit out of the picture:
  // at 1200 px the map alone fills the card's height, and only their top edge would show, cut.
  const social = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    javaScriptEnabled: false,
    bypassCSP: true,
  });
  const mapPage = `${at}embed/map/`;
  await social.route(mapPage, async (route) => {
    const html = await (await route.fetch()).text();
    const hide =
      '<style>.sources, .credit, .editions, [data-chart="map"] .claim { visibility: hidden; }</style>';
    await route.fulfill({ contentType: 'text/html', body: html.replace('</head>', `${hide}</head>`) });
  });
  await social.goto(mapPage);
  await social.screenshot({ path: join(out, 'social.png') });
  await context.close();
  await social.close();
}
