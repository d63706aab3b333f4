// Embeds on any static host: dist/ served by a plain static server that sends no Access-Control-* headers
// (S3 and many CDNs by default), embedded by a host page on another origin with pym's parent script, in a
// sandboxed iframe (an opaque origin) and in a plain one. Each embed must wake and size itself to its
// content; an embed whose scripts need CORS stays at the iframe's default 150 px.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser } from './harness';
import { editionIds, prefixOf } from './quality-content';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves a folder as files, with a content type and nothing else: no CORS, no other headers. */
function staticServer(dir: string): Server {
  return createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, normalize(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
}

const listen = async (server: Server) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

let site: Server;
let host: Server;
let siteOrigin = '';
let hostOrigin = '';

beforeAll(async () => {
  site = staticServer('dist');
  siteOrigin = await listen(site);
  // The newsroom's article, on another origin: pym's parent script from our host, as our embed code says.
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const src = url.searchParams.get('src') ?? '';
    const sandbox = url.searchParams.get('sandbox') === '1';
    const config = sandbox
      ? `{ title: 'Embedded chart', sandbox: 'allow-scripts allow-popups' }`
      : `{ title: 'Embedded chart' }`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Host article</title>
<style>body{margin:0} #column{width:600px;margin:0 auto}</style></head>
<body><p>Before the chart.</p><div id="column"><div id="chart"></div></div><p>After.</p>
<script src="${siteOrigin}/embed/pym.v1.min.js"></script>
<script>new pym.Parent('chart', ${JSON.stringify(src)}, ${config});</script></body></html>`);
  });
  hostOrigin = await listen(host);
});

afterAll(async () => {
  await closeBrowser();
  await Promise.all([site, host].map((s) => new Promise((r) => s.close(r))));
});

// Every edition's embeds, sandboxed (its opaque origin is where any file of the edition, its script in its
// own folder or its font, that needed CORS would be refused) and in a plain iframe.
describe.each(editionIds)('%s embeds served with no CORS headers, on a host page of another origin', (id) => {
  for (const chart of ['map', 'network', 'timeline']) {
    for (const sandbox of [true, false]) {
      it(`${chart}${sandbox ? ' in a sandboxed iframe' : ' in a plain iframe'}: wakes and sizes itself to its content`, async () => {
        const browser = await getBrowser();
        const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
        const src = `${siteOrigin}${prefixOf(id)}/embed/${chart}/`;
        await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}&sandbox=${sandbox ? 1 : 0}`);
        const iframe = page.locator('#chart iframe');
        if (sandbox) expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
        const frame = (await (await iframe.elementHandle())!.contentFrame())!;
        await frame.waitForSelector('[data-chart]');
        const heights = async () => ({
          iframe: await iframe.evaluate((el) => el.getBoundingClientRect().height),
          content: await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight)),
        });
        // pym sets the iframe's height from the embed's messages; without them it stays at 150 px.
        await expect
          .poll(
            async () => {
              const h = await heights();
              return h.iframe > 150 && Math.abs(h.iframe - h.content) <= 3;
            },
            { timeout: 15_000, interval: 100 },
          )
          .toBe(true);
        const h = await heights();
        expect(h.iframe).toBeGreaterThan(300);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('comes from a server that sends no Access-Control-* header', async () => {
    const html = await fetch(`${siteOrigin}${prefixOf(id)}/embed/map/`);
    const script = /<script[^>]*\ssrc="([^"]+)"/.exec(await html.text())?.[1];
    expect(script).toBeTruthy();
    for (const res of [html, await fetch(new URL(script!, siteOrigin))]) {
      expect(res.status).toBe(200);
      expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
  });
});
