// Screenshots of the built story for people to look at: the top, every step, the data page and the embeds, at phone and
// desktop widths, light and dark, and once without JavaScript. Needs a running server (npm start). Each step is
// taken once it has settled: its chart awake and every animation in the graphic finished.
//   npx tsx scripts/screenshots.ts [origin] [--steps] [--widths=360,1280] [--schemes=light,dark] [--out=dir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium';
import { settleStep, storySteps } from '../tests/browser/phones';

const args = process.argv.slice(2);
const origin = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:4173';
const opt = (name: string, fallback: string) =>
  (args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback).split(',');
const widths = opt('widths', '360,1280').map(Number);
const schemes = opt('schemes', 'light,dark') as ('light' | 'dark')[];
const withSteps = args.includes('--steps');
const out = opt('out', 'tests/browser/screenshots')[0];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
for (const width of widths) {
  for (const colorScheme of schemes) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 740 : 800 },
      colorScheme,
    });
    // tsx names the functions it compiles with a helper the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f');
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.screenshot({ path: `${out}/top-${width}-${colorScheme}.png` });
    if (withSteps) {
      const steps = (await storySteps(page)).map((s) => s.id);
      for (const [i, id] of steps.entries()) {
        await settleStep(page, id);
        await page.screenshot({
          path: `${out}/step-${String(i + 1).padStart(2, '0')}-${id}-${width}-${colorScheme}.png`,
        });
      }
    }
    await page.goto(`${origin}/data/`);
    await page.screenshot({ path: `${out}/data-${width}-${colorScheme}.png`, fullPage: true });
    for (const chart of ['map', 'network', 'timeline']) {
      await page.setViewportSize({ width: Math.min(width, 640), height: 900 });
      await page.goto(`${origin}/embed/${chart}/`);
      await page.screenshot({ path: `${out}/embed-${chart}-${width}-${colorScheme}.png`, fullPage: true });
    }
    await context.close();
  }
}
const nojs = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
const page = await nojs.newPage();
await page.goto(origin + '/');
await page.screenshot({ path: `${out}/nojs-360-full.png`, fullPage: true });
await page.goto(origin + '/data/');
await page.screenshot({ path: `${out}/nojs-data-360-full.png`, fullPage: true });
await browser.close();
console.log(`screenshots in ${out}/`);
