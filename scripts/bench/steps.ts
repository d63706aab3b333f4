// A reader's scroll through a run of the story's steps, as the bench's scroll does it (390 × 844, 4× CPU,
// wheel notches, no smooth scrolling), for the tools that look inside the step changes: stepTrace.ts
// (what each change's frame cost) and stepProfile.ts (which functions it ran). Not part of `npm run bench`:
// tracing and profiling slow down what they measure.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs } from '../chromium';
import type { Story } from '../../src/lib/data/schema';
import { graphicShows, readingPlaces, wheelDownTo } from './reader';

/** The story's steps from `first` to `last`, in reading order. */
export function stepsBetween(first: string, last: string): string[] {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
  const ids = story.sections.flatMap((s) => s.steps.map((st) => st.id));
  const [a, b] = [ids.indexOf(first), ids.indexOf(last)];
  if (a < 0 || b <= a) throw new Error(`no steps from "${first}" to "${last}" in data/story.json`);
  return ids.slice(a, b + 1);
}

/** Scrolls down to where the reader reads `id`, marks the moment in the page's timeline (`step:<id>`, for a
 * trace), waits until the step's graphic shows it and its transition ran. */
export async function readStep(page: Page, id: string) {
  const [target] = await readingPlaces(page, [id]);
  await wheelDownTo(page, await page.evaluate(() => window.scrollY), target, 400);
  await page.evaluate((id) => performance.mark(`step:${id}`), id);
  await graphicShows(page, id);
  await page.waitForTimeout(400);
}

/** A page at the first of `steps`, settled, ready for `measure` to read the rest. */
export async function atFirstStep<T>(
  origin: string,
  steps: string[],
  measure: (page: Page, cdp: CDPSession, browser: Browser) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--disable-smooth-scrolling'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(origin + '/', { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    // Over the text, as a phone reader's thumb (a pointer over the chart would fire hover effects).
    await page.mouse.move(195, 800);
    await readStep(page, steps[0]);
    await page.waitForTimeout(1500);
    return await measure(page, cdp, browser);
  } finally {
    await browser.close();
  }
}
