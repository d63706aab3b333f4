// The build as editors and newsrooms depend on it: a failure anywhere leaves the site that was there
// untouched, and a site built for a subfolder loads everything from under it.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { buildSite } from '../../scripts/build';
import { compileHint } from '../../scripts/compileHints';
import { DataCheckError } from '../../src/lib/data/load';
import { chromiumArgs, findChromium } from '../browser/chromium';

mkdirSync('.build-tmp', { recursive: true });
const work = mkdtempSync(join(process.cwd(), '.build-tmp', 'test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of a folder with a hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out[path.slice(dir.length)] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('a failed build', () => {
  const site = join(work, 'site');
  let before: Record<string, string>;
  beforeAll(async () => {
    await buildSite({ outDir: site, quiet: true });
    before = snapshot(site);
  }, 120_000);

  it('built a whole site first', () => {
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['/index.html', '/embed/map/index.html', '/data/events.csv']),
    );
  });

  it('marks every script it bundles for eager compilation, on the first line where V8 looks', () => {
    // (pym.js, copied as it is for newsrooms' host pages, is not ours to mark.)
    const scripts = Object.keys(before).filter((p) => p.startsWith('/assets/') && p.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    const unmarked = scripts.filter((p) => !readFileSync(join(site, p), 'utf8').startsWith(compileHint));
    expect(unmarked).toEqual([]);
  });

  it('leaves the site untouched when prerendering (or any late step) throws', async () => {
    await expect(
      buildSite({
        outDir: site,
        quiet: true,
        beforeSwap: () => {
          throw new Error('prerender blew up');
        },
      }),
    ).rejects.toThrow('prerender blew up');
    expect(snapshot(site)).toEqual(before);
  }, 120_000);

  it('stops on broken data before writing anything, naming file and line', async () => {
    const data = join(work, 'broken-data');
    cpSync('data', data, { recursive: true });
    const file = join(data, 'footprint.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"iso3": "IRN"', '"iso3": "IR"'));
    const error = await buildSite({ outDir: site, dataDir: data, quiet: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataCheckError);
    expect((error as Error).message).toMatch(/footprint\.json:\d+:\d+ +\/countries\/\d+\/iso3 .*IRN/);
    expect(snapshot(site)).toEqual(before);
  });
});

describe('a site built for a subfolder', () => {
  it('loads every page, script, style and data file from under that base', async () => {
    const base = '/graphics/tiandy/';
    const site = join(work, 'based');
    await buildSite({ outDir: site, base, quiet: true });
    const server = await preview({
      base,
      logLevel: 'silent',
      build: { outDir: site },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const port = (server.httpServer.address() as { port: number }).port;
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      for (const path of ['', 'embed/map/', 'embed/network/', 'embed/timeline/']) {
        const page = await browser.newPage();
        const requests: string[] = [];
        const failed: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        page.on('requestfailed', (r) => failed.push(r.url()));
        await page.goto(`http://127.0.0.1:${port}${base}${path}`, { waitUntil: 'networkidle' });
        expect(requests.length).toBeGreaterThan(2);
        expect(requests.filter((p) => !p.startsWith(base))).toEqual([]);
        expect(failed).toEqual([]);
        const links = await page.$$eval('a[download], link[rel="icon"]', (els) =>
          els.map((e) => new URL((e as HTMLAnchorElement).href).pathname),
        );
        expect(links.filter((p) => !p.startsWith(base))).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 180_000);
});
