// A reader's scroll through every step of the story in Chromium, at a phone's size and 4× CPU slowdown:
// the long animation frames (> 50 ms) during load and during the scroll, the layouts, style recalculations
// and script time the scroll caused, and the bytes the page loaded. Run `runs` times; the report gives every
// scroll's long-frame count and their median, as Lighthouse does.
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../chromium';
import type { Story } from '../../src/lib/data/schema';
import { bytesShipped } from './bytes';
import { graphicShows, readingPlaces, wheelDownTo } from './reader';
import { observeLongFrames, type LongFrame } from './longFrames';
import { median, round } from './stats';

export interface ScrollFigures {
  viewport: string;
  cpuSlowdown: number;
  steps: number;
  longFramesDuringLoad: number;
  longFramesDuringScroll: number;
  longestFrameMs: number;
  /** Each long frame of the scroll: where the page was and what the frame spent its time on. */
  longFrames: Omit<LongFrame, 'start'>[];
  layoutsDuringScroll: number;
  styleRecalcsDuringScroll: number;
  layoutMsDuringScroll: number;
  scriptMsDuringScroll: number;
  bytesShippedGzip: number;
  contentGzip: number;
  bytesPerContentByte: number;
  filesLoaded: number;
}

export interface ScrollSummary {
  /** Each scroll's long-frame count, in the order run. */
  longFramesPerScroll: number[];
  medianLongFrames: number;
  /** The figures of the scroll whose count is the median (the first such), with its long frames. */
  median: ScrollFigures;
  /** Every long frame of every scroll, by scroll. */
  runs: ScrollFigures[];
}

/**
 * Scrolls like a reader, in wheel notches, until each step's graphic shows it. The loop talks to the page
 * as little as it can, because whatever it runs there is main-thread work a reader's phone never does: the
 * steps' places are read once (the story's layout does not move while it scrolls), and the wait for each
 * notch to land polls inside animation frames, which render anyway, rather than on timers, whose tasks
 * would start a frame early and be counted in it.
 */
async function readThrough(page: Page, stepIds: string[]) {
  const targets = await readingPlaces(page, stepIds);
  let y = await page.evaluate(() => window.scrollY);
  for (const [k, id] of stepIds.entries()) {
    await page.evaluate((id) => ((window as unknown as { __step?: string }).__step = id), id);
    y = await wheelDownTo(page, y, targets[k]);
    await graphicShows(page, id).catch(() => console.log(`  (step ${id} never became active)`));
    await page.waitForTimeout(350); // let the step's transition run
  }
}

async function runScroll(origin: string, chromePath: string): Promise<ScrollFigures> {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
  const stepIds = story.sections.flatMap((s) => s.steps.map((st) => st.id));
  // Wheel notches land where they are sent: with smooth scrolling the page would glide on past the step
  // being measured after the loop stops, and the count would depend on timing.
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: [...chromiumArgs, '--disable-smooth-scrolling'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
    await context.addInitScript(observeLongFrames);
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin === origin) loaded.add(u.pathname);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await page.goto(origin + '/', { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    // Wheel over the text, below the graphic, where a phone reader's thumb would be: a pointer parked over
    // the chart would fire hover effects that phones never have.
    await page.mouse.move(195, 800);

    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m: { name: string; value: number }) => [
          m.name,
          m.value,
        ]),
      ) as Record<string, number>;
    const scrollStart = await page.evaluate(() => performance.now());
    const before = await metrics();
    await readThrough(page, stepIds);
    const after = await metrics();
    const frames = await page.evaluate(() => (window as unknown as { __loaf: LongFrame[] }).__loaf);
    const text = await page.evaluate(() => document.body.innerText);
    const bytes = bytesShipped(loaded, text);

    const long = frames.filter((f) => f.duration > 50);
    return {
      viewport: '390×844',
      cpuSlowdown: 4,
      steps: stepIds.length,
      longFramesDuringLoad: long.filter((f) => f.start < scrollStart).length,
      longFramesDuringScroll: long.filter((f) => f.start >= scrollStart).length,
      longestFrameMs: round(
        Math.max(0, ...long.filter((f) => f.start >= scrollStart).map((f) => f.duration)),
      ),
      longFrames: long
        .filter((f) => f.start >= scrollStart)
        .map(({ start: _start, ...f }) => ({ ...f, duration: round(f.duration) })),
      layoutsDuringScroll: after.LayoutCount - before.LayoutCount,
      styleRecalcsDuringScroll: after.RecalcStyleCount - before.RecalcStyleCount,
      layoutMsDuringScroll: round((after.LayoutDuration - before.LayoutDuration) * 1000),
      scriptMsDuringScroll: round((after.ScriptDuration - before.ScriptDuration) * 1000),
      ...bytes,
    };
  } finally {
    await browser.close();
  }
}

/** `runs` scrolls, one after another, each in a fresh browser; the summary picks the median one. */
export async function runScrolls(origin: string, chromePath: string, runs: number): Promise<ScrollSummary> {
  const scrolls: ScrollFigures[] = [];
  for (let i = 0; i < runs; i++) scrolls.push(await runScroll(origin, chromePath));
  const counts = scrolls.map((r) => r.longFramesDuringScroll);
  const mid = median(counts);
  return {
    longFramesPerScroll: counts,
    medianLongFrames: mid,
    median: scrolls.find((r) => r.longFramesDuringScroll >= mid)!,
    runs: scrolls,
  };
}
