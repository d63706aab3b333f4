// The dev server editors use: pages are rendered on the server as in the build, and their islands hydrate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium';

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
