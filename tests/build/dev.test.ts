// The dev server editors use: pages are rendered on the server as in the build, and their islands hydrate;
// and a translator's (EDITION=fa npm run dev): the edition's story, at its address, in its language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium';
import { readTranslations } from '../../scripts/fonts';

let server: ViteDevServer;
let browser: Browser;
let origin = '';
beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  origin = `http://127.0.0.1:${(server.httpServer!.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm run dev', () => {
  for (const path of ['/', '/embed/map/', '/embed/network/', '/embed/timeline/']) {
    it(`serves ${path} rendered on the server, and it hydrates without errors`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      await page.goto(origin + path);
      expect(await page.locator('[data-chart]').count()).toBeGreaterThan(0);
      if (path === '/') {
        await page.locator('[data-step]').first().scrollIntoViewIfNeeded();
        await page.waitForSelector('.scrolly.live', { timeout: 30_000 });
      } else {
        // Every script and style request must have succeeded by then (a 404 is recorded above).
        await page.waitForLoadState('networkidle');
      }
      expect(problems).toEqual([]);
      await page.close();
    }, 60_000);
  }
});

describe.each(['fa', 'zh'] as const)('EDITION=%s npm run dev', (id) => {
  let edition: ViteDevServer;
  let at = '';
  const before = process.env.EDITION;
  beforeAll(async () => {
    // Read as the config loads and as modules are first compiled: set for this server's whole life.
    process.env.EDITION = id;
    edition = await createServer({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await edition.listen();
    at = `http://127.0.0.1:${(edition.httpServer!.address() as { port: number }).port}/${id}/`;
  }, 60_000);
  afterAll(async () => {
    await edition?.close();
    if (before === undefined) delete process.env.EDITION;
    else process.env.EDITION = before;
  });

  it(`serves /${id}/ rendered on the server in its language, and it hydrates without errors`, async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(at);
    const html = page.locator('html');
    expect(await html.getAttribute('lang')).toMatch(new RegExp(`^${id}`));
    expect(await html.getAttribute('dir')).toBe(id === 'fa' ? 'rtl' : 'ltr');
    const headline = readTranslations(id).entries?.find((e) => e.key === 'story/headline')?.text;
    expect(headline).toBeTruthy();
    expect(await page.locator('h1').textContent()).toContain(headline);
    await page.locator('[data-step]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('.scrolly.live', { timeout: 30_000 });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
