// The policy timeline in the built site, in every edition: every event drawn once and in date order, labels
// that never overlap at phone and desktop widths (measured in the browser), a legible late-2022 view at 360 px,
// keyboard order that is chronological with a card of sources on focus, and the story's steps driving it.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Event, Source, Story } from '../../src/lib/data/schema';
import { sortByDate } from '../../src/lib/charts/timeline/dates';
import { closeBrowser, openPage } from './harness';
import { citationIds } from '../../src/lib/data/provenance';
import { timelineLabelBoxes as labelBoxes, boxOverlaps as overlaps } from './labels';
import { editionIds, prefixOf } from './quality-content';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const events = read<{ events: Event[] }>('data/events.json').events;
const sources = read<{ sources: Source[] }>('data/sources.json').sources;
const story = read<Story>('data/story.json');
const timelineSteps = story.sections.flatMap((s) => s.steps).filter((s) => s.view.chart === 'timeline');
const inDateOrder = sortByDate(events).map((e) => e.id);
afterAll(closeBrowser);

const chart = '[data-chart="timeline"]';

// In every edition: its dates and titles are its own words, of their own widths, and its keyboard order
// and cards must hold in a right-to-left page too.
describe.each(editionIds)('the policy timeline, %s edition', (id) => {
  const embed = `${prefixOf(id)}/embed/timeline/`;
  for (const javaScript of [true, false])
    for (const width of [360, 1280])
      it(`draws every event once, in date order, at ${width}px (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
        const { page, problems, close } = await openPage(embed, { width, javaScript });
        const drawn = await page.$$eval(`${chart} svg [data-event]`, (els) =>
          els.map((e) => [e.getAttribute('data-event'), e.getAttribute('data-status')]),
        );
        expect(drawn.map(([id]) => id)).toEqual(inDateOrder);
        for (const [id, status] of drawn) expect(status).toBe(events.find((e) => e.id === id)!.status);
        // Without JavaScript the page shows the server's rendering at its fallback width, scaled to fit.
        if (javaScript)
          expect(await page.getAttribute(chart, 'data-orientation')).toBe(
            width < 600 ? 'vertical' : 'horizontal',
          );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await close();
      });

  for (const width of [360, 1280])
    it(`never overlaps two labels in the full view of ${embed} at ${width}px`, async () => {
      // (At each story step, in the story's graphic: steps.test.ts.)
      const { page, problems, close } = await openPage(embed, { width });
      const boxes = await labelBoxes(page);
      expect(boxes.length).toBeGreaterThan(0);
      expect(overlaps(boxes)).toEqual([]);
      for (const b of boxes) {
        expect(b.left, b.id).toBeGreaterThanOrEqual(0);
        expect(b.right, b.id).toBeLessThanOrEqual(width);
      }
      expect(problems).toEqual([]);
      await close();
    });

  it('keeps the first windowed story step legible at 360px', async () => {
    // Read from story.json: the first timeline step that narrows the time window, else the first one.
    const step =
      timelineSteps.find((s) => (s.view as { from?: string }).from !== undefined) ?? timelineSteps[0];
    const { page, problems, close } = await openPage(`${embed}?view=${step.id}`, {
      width: 360,
      height: 740,
    });
    expect(await page.getAttribute(chart, 'data-orientation')).toBe('vertical');
    const boxes = await labelBoxes(page);
    expect(overlaps(boxes)).toEqual([]);
    for (const b of boxes) expect(b.fontSize).toBeGreaterThanOrEqual(11);
    // Every highlighted event of the step is in view and reachable: its row, the chart's width and at
    // least 32 px tall (WCAG asks 24), is its touch target.
    for (const id of (step.view as { highlight?: string[] }).highlight ?? []) {
      const hit = await page.locator(`${chart} svg [data-event="${id}"] .hit`).boundingBox();
      expect(hit, id).not.toBeNull();
      expect(hit!.height, id).toBeGreaterThanOrEqual(31.5);
      expect(hit!.width, id).toBeGreaterThanOrEqual(300);
      expect(await page.getAttribute(`${chart} svg [data-event="${id}"]`, 'data-visible')).toBe('true');
    }
    // No sideways scrolling on a phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  for (const width of [360, 1280])
    it(`is reached by keyboard in date order, each event opening a card of its sources, at ${width}px`, async () => {
      const { page, problems, close } = await openPage(embed, { width });
      await page.focus(`${chart} svg [data-event="${inDateOrder[0]}"]`);
      const visited: string[] = [];
      for (let i = 0; i < inDateOrder.length; i++) {
        const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event') ?? null);
        if (!id) break;
        visited.push(id);
        const card = page.locator(`${chart} [data-card-for="${id}"]`);
        await expect.poll(() => card.isVisible()).toBe(true);
        const hrefs = await card
          .locator('.sources a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const event = events.find((e) => e.id === id)!;
        expect(hrefs).toEqual(
          citationIds(event.sources).flatMap((id) => sources.find((x) => x.id === id)?.url ?? []),
        );
        await page.keyboard.press('Tab');
      }
      expect(visited).toEqual(inDateOrder);
      // Enter pins the card and moves focus into it; Escape closes it and returns to the event.
      // Any event will do: the one in the middle of the timeline.
      const middle = inDateOrder[Math.floor(inDateOrder.length / 2)];
      await page.focus(`${chart} svg [data-event="${middle}"]`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.classList.contains('card')))
        .toBe(true);
      await page.keyboard.press('Escape');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event')))
        .toBe(middle);
      expect(problems).toEqual([]);
      await close();
    });

  it('cuts between views under reduced motion, and animates only transform and opacity otherwise', async () => {
    for (const reducedMotion of [true, false]) {
      const { page, close } = await openPage(embed, { reducedMotion });
      // Right after the first measurement the chart cuts on purpose (a resize is not a view change).
      if (!reducedMotion) await page.waitForSelector('[data-chart="timeline"]:not(.cut)');
      const t = await page.$eval(`${chart} svg [data-event]`, (el) => {
        const s = getComputedStyle(el);
        return { property: s.transitionProperty, duration: s.transitionDuration };
      });
      if (reducedMotion) expect(t.duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
      else expect(t.property.split(',').map((p) => p.trim())).toEqual(['transform', 'opacity']);
      await close();
    }
  });
});
