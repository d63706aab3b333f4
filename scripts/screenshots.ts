// Screenshots of the built story for people to look at: the top, every step, the data page and the embeds, at phone and
// desktop widths, light and dark, and once without JavaScript. Needs a running server (npm start).
//   npx tsx scripts/screenshots.ts [origin] [--steps] [--widths=360,1280] [--schemes=light,dark]
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import type { Story } from '../src/lib/data/schema';

const args = process.argv.slice(2);
const origin = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:4173';
const opt = (name: string, fallback: string) =>
  (args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback).split(',');
const widths = opt('widths', '360,1280').map(Number);
const schemes = opt('schemes', 'light,dark') as ('light' | 'dark')[];
const withSteps = args.includes('--steps');
const out = 'tests/browser/screenshots';
mkdirSync(out, { recursive: true });

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const steps = story.sections.flatMap((s) => s.steps.map((st) => st.id));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const width of widths) {
  for (const colorScheme of schemes) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 740 : 800 },
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.screenshot({ path: `${out}/top-${width}-${colorScheme}.png` });
    if (withSteps) {
      for (const [i, id] of steps.entries()) {
        await page.evaluate((stepId) => {
          const el = document.getElementById(stepId)!;
          window.scrollTo({
            top:
              el.getBoundingClientRect().top +
              window.scrollY -
              window.innerHeight * (window.innerWidth < 960 ? 0.62 : 0.4),
            behavior: 'instant',
          });
        }, id);
        await page.waitForTimeout(700);
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
