// Embeds as a newsroom uses them: a plain host page on another origin runs pym.js's own parent script, in
// a wide and a narrow column, with and without a sandbox; the iframe must fit its content exactly. In
// every edition.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { closeBrowser, getBrowser, openPage, origin } from './harness';
import { loadDataDir } from '../../src/lib/data/load';
import { editionIds, prefixOf } from './quality-content';

const pymSource = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
// The story as the page prints it: its {named values} filled from the data.
const story = loadDataDir('data').story;
const charts = ['map', 'network', 'timeline'] as const;

/** A host on another origin (another port): serves pym's parent script and a page that embeds one chart. */
let host: Server;
let hostOrigin = '';
beforeAll(async () => {
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/pym.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(pymSource);
      return;
    }
    const src = url.searchParams.get('src') ?? '';
    const width = Number(url.searchParams.get('width') ?? 1000);
    const sandbox = url.searchParams.get('sandbox') === '1';
    const config = sandbox
      ? `{ title: 'Embedded chart', sandbox: 'allow-scripts allow-popups' }`
      : `{ title: 'Embedded chart' }`;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Host article</title>
<style>body{margin:0;font-family:serif} #column{width:${width}px;margin:0 auto}</style></head>
<body><p>Some article text before the chart.</p><div id="column"><div id="chart"></div></div><p>After.</p>
<script src="/pym.js"></script><script>window.parentPym = new pym.Parent('chart', ${JSON.stringify(src)}, ${config});</script>
</body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await closeBrowser();
  await new Promise((r) => host.close(r));
});

async function hostPage(chart: string, width: number, sandbox: boolean, query = '', edition = '') {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: Math.max(width + 40, 400), height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const src = `${origin()}${edition}/embed/${chart}/${query}`;
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}&width=${width}&sandbox=${sandbox ? 1 : 0}`);
  const frame = await waitForFrame(page);
  return { page, frame, problems, close: () => context.close() };
}

async function waitForFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('#chart iframe');
  const handle = await page.$('#chart iframe');
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('[data-chart]');
  return frame!;
}

/**
 * Waits until the iframe's height has settled on the content's height (pym sets the attribute), the same
 * on two readings a frame apart, unlike `unlike` when given; returns the last reading either way, for the
 * test to judge.
 */
async function settledHeights(page: Page, frame: Frame, unlike?: number) {
  const read = async () => ({
    iframe: await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(r));
      return document.querySelector('#chart iframe')!.getBoundingClientRect().height;
    }),
    content: await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight)),
  });
  let last = await read();
  await expect
    .poll(
      async () => {
        const now = await read();
        const settled =
          Math.abs(now.iframe - now.content) <= 3 && now.iframe === last.iframe && now.iframe !== unlike;
        last = now;
        return settled;
      },
      { timeout: 10_000 },
    )
    .toBe(true)
    .catch(() => undefined);
  return last;
}

// Every edition's embeds in a narrow column, sandboxed (an opaque origin refuses any file that needs CORS;
// where a translation's words wrap most), and English's in a wide one too (the same sizing code;
// embed-any-host.test.ts loads every edition's embeds sandboxed and not, from another origin).
const columns = (id: string) => [
  ...(id === 'en' ? [{ sandbox: false, width: 1000 }] : []),
  { sandbox: true, width: 340 },
];

describe.each(editionIds)('embeds of the %s edition in a host page running pym.js', (id) => {
  for (const chart of charts) {
    for (const { sandbox, width } of columns(id)) {
      it(`${chart} at ${width}px${sandbox ? ' in a sandbox' : ''}: sized to its content, no sideways scroll`, async () => {
        const { page, frame, problems, close } = await hostPage(chart, width, sandbox, '', prefixOf(id));
        const h = await settledHeights(page, frame);
        expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
        const sideways = await frame.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways).toBeLessThanOrEqual(0);
        // The credit line is the last thing: it must be inside the iframe's box.
        const creditBottom = await frame.evaluate(
          () => document.querySelector('.credit')!.getBoundingClientRect().bottom,
        );
        expect(creditBottom).toBeLessThanOrEqual(h.iframe + 1);
        expect(problems).toEqual([]);
        await close();
      });
    }
  }

  it('re-sizes when the host column changes width', async () => {
    const { page, frame, close } = await hostPage('timeline', 1000, false, '', prefixOf(id));
    const wide = await settledHeights(page, frame);
    await page.evaluate(() => {
      document.getElementById('column')!.style.width = '340px';
      (window as unknown as { parentPym: { sendWidth(): void } }).parentPym.sendWidth();
    });
    const narrow = await settledHeights(page, frame, wide.iframe);
    expect(narrow.iframe).not.toBe(wide.iframe);
    expect(Math.abs(narrow.iframe - narrow.content)).toBeLessThanOrEqual(3);
    await close();
  });
});

describe.each(editionIds)('embed options, %s edition', (id) => {
  for (const chart of charts) {
    const step = story.sections
      .flatMap((s) => s.steps)
      .filter((s) => s.view.chart === chart)
      .at(-1)!;
    it(`${chart}: view=<step id> shows that step's view; theme=dark is dark`, async () => {
      const { page, problems, close } = await openPage(
        `${prefixOf(id)}/embed/${chart}/?view=${step.id}&theme=dark`,
        {
          width: 400,
        },
      );
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(150);
      if (step.view.chart === 'map') {
        await page.waitForSelector(`[data-chart="map"][data-region="${step.view.region ?? 'world'}"]`);
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('reads with JavaScript off: chart and sources are there', async () => {
    for (const chart of charts.map((c) => `${prefixOf(id)}/embed/${c}/`)) {
      const { page, close } = await openPage(chart, { javaScript: false, width: 360 });
      expect(await page.locator('[data-chart]').count()).toBe(1);
      expect(await page.locator('.sources li').count()).toBeGreaterThan(0);
      expect(await page.locator('.credit a').count()).toBeGreaterThan(0);
      await close();
    }
  });
});

describe('downloads', () => {
  it('serves the dataset as JSON and CSV matching the data files', async () => {
    const json = await (await fetch(`${origin()}/data/tiandy-dataset.json`)).json();
    const footprint = JSON.parse(readFileSync('data/footprint.json', 'utf8'));
    expect(json.countries).toEqual(footprint.countries);
    const csv = await (await fetch(`${origin()}/data/countries.csv`)).text();
    expect(csv.split('\r\n').filter(Boolean).length).toBe(footprint.countries.length + 1);
  });
});
