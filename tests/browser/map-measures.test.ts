// The map's measures view in the built site: each story step that shows it draws only governments with a
// measure in the view (no mark without a record, no dots for small countries), its legend names only what
// it draws, its highlights stay in view; the embed of such a step opens a card per government listing each
// of its measures with a How-we-know line and a link to each source. Invariants over data/, not its rendering.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { MapView, Measure, Source, Story } from '../../src/lib/data/schema';
import type { MapGeometry } from '../../src/lib/geo/types';
import { citationIds } from '../../src/lib/data/provenance';
import { measuresShown } from '../../src/lib/charts/map/measuresShown';
import { closeBrowser, openPage, scrollToStep } from './harness';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const measures = read<{ measures: Measure[] }>('data/measures.json').measures;
const sources = read<{ sources: Source[] }>('data/sources.json').sources;
const story = read<Story>('data/story.json');
const geometry = read<MapGeometry>('src/lib/geo/world.json');
const onMap = new Set([...geometry.shapes, ...geometry.markers].map((g) => g.iso3));
const steps = story.sections
  .flatMap((s) => s.steps)
  .filter((s) => s.view.chart === 'map' && s.view.layer === 'measures');
const viewOf = (s: (typeof steps)[number]) => s.view as MapView;
const countriesOf = (view: MapView) =>
  [...new Set(measuresShown(view, measures).flatMap((m) => m.iso3 ?? []))].filter((c) => onMap.has(c)).sort();
afterAll(closeBrowser);

describe('the measures view of the map', () => {
  it('is in the story', () => expect(steps.length).toBeGreaterThan(0));

  for (const width of [360, 1280]) {
    it(`draws only governments with a measure in each measures step at ${width}px`, async () => {
      const { page, problems, close } = await openPage('/', { width, height: width < 600 ? 740 : 800 });
      for (const step of steps) {
        await scrollToStep(page, step.id);
        const map = page.locator(`[data-active-step="${step.id}"] [data-chart="map"]`);
        await expect.poll(() => map.getAttribute('data-layer')).toBe('measures');
        const drawn = await map
          .locator('svg [data-layer="measures"] [data-iso3][tabindex="0"]')
          .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-iso3')!))].sort());
        expect(drawn).toEqual(countriesOf(viewOf(step)));
        // No dot for a small country without a measure: the base layer's dots are not drawn.
        const dots = await map
          .locator('.base .dot')
          .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
        expect(dots).toBe(0);
        // The legend names only reaches the view draws.
        const legend = await map
          .locator('.measures-legend li[data-reach]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-reach')!));
        const reaches = new Set(measuresShown(viewOf(step), measures).map((m) => m.reach));
        for (const r of legend) expect(reaches.has(r as Measure['reach'])).toBe(true);
        // Highlighted governments stay inside the visible map.
        const svg = await map.locator('svg[data-map-geometry]').boundingBox();
        for (const code of viewOf(step).highlight ?? []) {
          const box = await map.locator(`[data-hit="${code}"][tabindex]`).boundingBox();
          expect(box!.x + box!.width / 2).toBeGreaterThan(svg!.x);
          expect(box!.x + box!.width / 2).toBeLessThan(svg!.x + svg!.width);
        }
      }
      expect(problems.filter((p) => /map|geometry|hydrat|measure/i.test(p))).toEqual([]);
      await close();
    });
  }

  it('embeds a measures step: a card per government with each measure, how we know and its sources', async () => {
    const step = steps[0];
    const { page, problems, close } = await openPage(`/embed/map/?view=${step.id}&theme=dark`);
    await page.waitForSelector('[data-chart="map"][data-layer="measures"]');
    const shown = measuresShown(viewOf(step), measures);
    for (const iso3 of countriesOf(viewOf(step))) {
      await page.locator(`svg [data-layer="measures"] [data-hit="${iso3}"][tabindex="0"]`).focus();
      const card = page.locator(`[data-card="${iso3}"]`);
      await expect.poll(() => card.isVisible()).toBe(true);
      const listed = await card
        .locator('[data-measure]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-measure')!));
      const own = shown.filter((m) => m.iso3 === iso3);
      expect(listed.sort()).toEqual(own.map((m) => m.id).sort());
      for (const m of own) {
        const item = card.locator(`[data-measure="${m.id}"]`);
        expect(await item.locator('.how-we-know').count()).toBe(1);
        const hrefs = await item
          .locator('.card-sources a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs).toEqual(
          citationIds(m.sources).flatMap((id) => sources.find((s) => s.id === id)?.url ?? []),
        );
        // Where its own text was not read, the card says so.
        if (m.notRead) expect(await item.textContent()).toContain(m.notRead);
      }
    }
    // The embed's source list holds every source of the measures the view shows.
    const listed = await page
      .locator('.sources li a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const m of shown)
      for (const id of citationIds(m.sources)) {
        const url = sources.find((s) => s.id === id)?.url;
        if (url) expect(listed).toContain(url);
      }
    expect(problems).toEqual([]);
    await close();
  });
});
