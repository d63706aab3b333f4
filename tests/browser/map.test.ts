// The footprint map in the built site, in every edition: every country drawn and identified, documented countries
// focusable with a card that links their sources, keyboard movement, the story's zooms
// flying and landing, and the prerendered map readable without JavaScript. (Each map step's region and
// highlights: steps.test.ts.)
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Country, Source, Story } from '../../src/lib/data/schema';
import type { MapGeometry } from '../../src/lib/geo/types';
import { closeBrowser, openPage, scrollToStep } from './harness';
import { settleStep } from './phones';
import { editionIds, prefixOf } from './quality-content';
import { citationIds } from '../../src/lib/data/provenance';
import type { EditionId } from '../../src/lib/editions/editions';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const countries = read<{ countries: Country[] }>('data/footprint.json').countries;
const sources = read<{ sources: Source[] }>('data/sources.json').sources;
const story = read<Story>('data/story.json');
const geometry = read<MapGeometry>('src/lib/geo/world.json');
// The footprint's steps: the measures view's steps have their own block and test (map-measures.test.ts).
const mapSteps = story.sections
  .flatMap((s) => s.steps)
  .filter((s) => s.view.chart === 'map' && s.view.layer !== 'measures');
// Every shape is land; a country too small for one is drawn only when it has a record.
const allCodes = [
  ...new Set([
    ...geometry.shapes.map((g) => g.iso3),
    ...countries.map((c) => c.iso3).filter((c) => geometry.markers.some((m) => m.iso3 === c)),
  ]),
];
const regionOf = (s: (typeof mapSteps)[number]) => (s.view as { region?: string }).region ?? 'world';
/** The first map step the map flies to: a zoom into a region from another region. */
const flightStep = () =>
  mapSteps.find((s, i) => i > 0 && regionOf(s) !== 'world' && regionOf(s) !== regionOf(mapSteps[i - 1]))!;
afterAll(closeBrowser);

/** A phone's story at the map step before a zoom, its map awake (a map that wakes on the zoomed step draws
 * it without flying): the next step, `zoomed`, flies. */
async function atStepBeforeFlight(id: EditionId) {
  const opened = await openPage(`${prefixOf(id)}/`, { width: 360, height: 740 });
  const zoomed = flightStep();
  await scrollToStep(opened.page, mapSteps[mapSteps.indexOf(zoomed) - 1].id);
  await opened.page.waitForSelector('.chart-island[data-awake] [data-chart="map"][data-layer="footprint"]');
  return { ...opened, zoomed };
}

describe.each(editionIds)('the footprint map, %s edition', (id) => {
  for (const javaScript of [true, false]) {
    it(`draws every country's land, and a small country only with a record, with data-iso3 on the embed page (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, problems, close } = await openPage(`${prefixOf(id)}/embed/map/`, { javaScript });
      const codes = await page.$$eval(
        '[data-chart="map"][data-layer="footprint"] svg[data-map-geometry] [data-iso3]',
        (els) => [...new Set(els.map((e) => e.getAttribute('data-iso3')))],
      );
      expect(codes.sort()).toEqual([...allCodes].sort());
      for (const c of countries) {
        const status = await page.getAttribute(
          `svg[data-map-geometry] [data-hit="${c.iso3}"][data-iso3="${c.iso3}"]`,
          'data-status',
        );
        expect(status).toBe(c.status);
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  for (const width of [360, 1280]) {
    it(`shows each documented country, focusable, with a card of its sources at ${width}px`, async () => {
      const { page, problems, close } = await openPage(`${prefixOf(id)}/embed/map/`, { width });
      for (const c of countries) {
        const target = page.locator(`svg[data-map-geometry] [data-hit="${c.iso3}"][tabindex="0"]`);
        await expect.poll(() => target.isVisible()).toBe(true);
        // What a reader can see and touch: the shape or marker, and on phones a 44 px hit area over it.
        const boxes = await page
          .locator(`svg[data-map-geometry] [data-hit="${c.iso3}"]`)
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
        expect(Math.max(...boxes)).toBeGreaterThanOrEqual(width < 560 ? 43.5 : 8);
        await target.focus();
        const card = page.locator(`[data-card="${c.iso3}"]`);
        await expect.poll(() => card.isVisible()).toBe(true);
        const hrefs = await card
          .locator('.card-sources a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const expected = citationIds(c.sources).flatMap((id) => sources.find((x) => x.id === id)?.url ?? []);
        expect(hrefs).toEqual(expected);
        expect(await card.locator('.card-sources a').first().getAttribute('rel')).toBe('noreferrer noopener');
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('moves between documented countries with the arrow keys and shows a focus ring', async () => {
    const { page, problems, close } = await openPage(`${prefixOf(id)}/embed/map/`);
    const first = page.locator('svg[data-map-geometry] [data-hit][tabindex="0"]').first();
    await first.focus();
    const seen = new Set<string>();
    for (let i = 0; i < countries.length; i++) {
      const code = await page.evaluate(() => document.activeElement?.getAttribute('data-hit'));
      seen.add(code!);
      expect(await page.getAttribute('[data-chart="map"][data-layer="footprint"]', 'data-active')).toBe(code);
      await page.keyboard.press('ArrowRight');
    }
    expect([...seen].sort()).toEqual(countries.map((c) => c.iso3).sort());
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps no fixed-width stroke in the map while a zoom flies, and puts them back when it lands', async () => {
    const { page, close, zoomed } = await atStepBeforeFlight(id);
    const strokes = () =>
      page.$eval(`[data-active-step] [data-chart="map"][data-layer="footprint"]`, (map) => {
        const style = (sel: string) => getComputedStyle(map.querySelector(sel)!);
        return {
          flying: map.classList.contains('animate'),
          land: style('.base .shape').vectorEffect,
          // Chromium reports "calc(0.43px)" for a calc() width: the number inside is the width.
          landWidth: Number(/[\d.]+/.exec(style('.base .shape').strokeWidth)![0]),
          px: map.querySelector('svg[data-map-geometry]')!.getBoundingClientRect().width / 960,
          anyFixed: [...map.querySelectorAll('.zoom *')].some(
            (el) => el.checkVisibility() && getComputedStyle(el).vectorEffect === 'non-scaling-stroke',
          ),
        };
      });
    await scrollToStep(page, zoomed.id);
    // The flight starts a frame after the step (see the next test).
    await page.waitForSelector('[data-active-step] [data-chart="map"][data-layer="footprint"].animate');
    const flying = await strokes();
    expect(flying.flying).toBe(true);
    expect(flying.anyFixed).toBe(false);
    // The borders are never wider on screen than when the map is still: 0.6 px at the closer zoom.
    const k = Number(
      await page.getAttribute('[data-active-step] [data-chart="map"][data-layer="footprint"]', 'data-zoom'),
    );
    expect(flying.landWidth * k * flying.px).toBeLessThanOrEqual(0.61);
    // Lands when the flight's class goes (on a busy machine later than its 700 ms).
    await page.waitForSelector('[data-active-step] [data-chart="map"][data-layer="footprint"]:not(.animate)');
    expect(await strokes()).toMatchObject({ flying: false, land: 'non-scaling-stroke' });
    await close();
  });

  it('brings the claim comparison back the frame after the rest of its step', async () => {
    const { page, close } = await openPage(`${prefixOf(id)}/`, { width: 360, height: 740 });
    const shows = (s: (typeof mapSteps)[number]) => !!(s.view as { showClaim?: boolean }).showClaim;
    const back = mapSteps.find((s, i) => i > 0 && shows(s) && !shows(mapSteps[i - 1]))!;
    await settleStep(page, mapSteps[mapSteps.indexOf(back) - 1].id);
    expect(await page.locator('[data-graphic="map"]:has([data-layer="footprint"]) .claim').isHidden()).toBe(
      true,
    );
    // Counts frames, and notes the frame in which the step and then the claim change.
    await page.evaluate(() => {
      const w = window as unknown as { __frame: number; __at: Record<string, number> };
      w.__frame = 0;
      w.__at = {};
      const tick = () => {
        w.__frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const graphic = document.querySelector('[data-graphic="map"]:has([data-layer="footprint"])')!;
      new MutationObserver(() => (w.__at.step ??= w.__frame)).observe(graphic, {
        attributes: true,
        attributeFilter: ['data-active-step'],
      });
      new MutationObserver(() => (w.__at.claim ??= w.__frame)).observe(graphic.querySelector('.claim')!, {
        attributes: true,
        attributeFilter: ['hidden'],
      });
    });
    await scrollToStep(page, back.id);
    await expect
      .poll(() => page.locator('[data-graphic="map"]:has([data-layer="footprint"]) .claim').isVisible())
      .toBe(true);
    const at = await page.evaluate(() => (window as unknown as { __at: Record<string, number> }).__at);
    expect(at.claim - at.step).toBeGreaterThanOrEqual(1);
    await close();
  });

  it('starts a zoom the frame after the one that draws the rest of its step', async () => {
    const { page, close, zoomed } = await atStepBeforeFlight(id);
    // Counts frames, and notes the frame in which the step and then the map's region change.
    await page.evaluate(() => {
      const w = window as unknown as { __frame: number; __at: Record<string, number> };
      w.__frame = 0;
      w.__at = {};
      const tick = () => {
        w.__frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const graphic = document.querySelector('[data-graphic="map"]:has([data-layer="footprint"])')!;
      new MutationObserver((records) => {
        for (const r of records) w.__at[r.attributeName!] ??= w.__frame;
      }).observe(graphic, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-active-step', 'data-region'],
      });
    });
    await scrollToStep(page, zoomed.id);
    await page.waitForFunction(
      (region) =>
        document
          .querySelector(
            '[data-graphic="map"]:has([data-layer="footprint"]) [data-chart="map"][data-layer="footprint"]',
          )
          ?.getAttribute('data-region') === region,
      (zoomed.view as { region: string }).region,
    );
    const at = await page.evaluate(() => (window as unknown as { __at: Record<string, number> }).__at);
    expect(at['data-region'] - at['data-active-step']).toBeGreaterThanOrEqual(1);
    await close();
  });
});
