// Static images of each chart, built with the site, for newsletters, print and social cards:
//   images/<chart>.svg  the chart's first state as a standalone SVG (its styles inlined)
//   images/<chart>.png  a 2× picture of the embed's chart, and images/social.png (1200×630) for Open Graph
// The SVGs come from the prerendered HTML alone. The PNGs need Chromium; without it they are skipped
// with a note, and the pages get no og:image (scripts/publish.ts names only pictures that were built).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/browser/chromium';

const charts = ['map', 'network', 'timeline'] as const;

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

export async function writeImages(
  siteDir: string,
  base = '/',
  log: (m: string) => void = console.log,
  { pngs = true }: { pngs?: boolean } = {},
): Promise<void> {
  const out = join(siteDir, 'images');
  mkdirSync(out, { recursive: true });
  const assets = join(siteDir, 'assets');
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  for (const chart of charts) {
    const svg = standaloneSvg(readFileSync(join(siteDir, 'embed', chart, 'index.html'), 'utf8'), css);
    if (svg) writeFileSync(join(out, `${chart}.svg`), svg);
  }

  if (!pngs) return;
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    log(`images: no Chromium at ${executablePath}, so no PNGs (the SVGs are there)`);
    return;
  }
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
    // The static state, as readers without JavaScript see it: no scripts, so nothing animates.
    const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    for (const chart of charts) {
      await page.goto(`${origin}${base}embed/${chart}/`);
      await page.locator('[data-chart]').screenshot({ path: join(out, `${chart}.png`) });
    }
    const social = await browser.newPage({
      viewport: { width: 1200, height: 630 },
      javaScriptEnabled: false,
    });
    await social.goto(`${origin}${base}embed/map/`);
    await social.screenshot({ path: join(out, 'social.png') });
    log('images: SVG and PNG of each chart, and social.png');
  } finally {
    await browser.close();
    server.close();
  }
}
