// The map's measures view in the built site (each story step's marks and key are checked on the walk
// through the story, steps.test.ts): the embed of such a step opens a card per government listing each
// of its measures with a How-we-know line and a link to each source. Invariants over data/, not its rendering.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { MapView, Measure, Source, Story } from '../../src/lib/data/schema';
import type { MapGeometry } from '../../src/lib/geo/types';
import { citationIds } from '../../src/lib/data/provenance';
import { measuresShown } from '../../src/lib/charts/map/measuresShown';
import { closeBrowser, openPage } from './harness';
import { editionDataset, editionIds, prefixOf } from './quality-content';

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

  it.each(editionIds)(
    'embeds a measures step in the %s edition: a card per government with each measure, how we know and its sources',
    async (id) => {
      const step = steps[0];
      // The edition's words (a measure's "not read" note is translated).
      const words = new Map(editionDataset(id).measures.map((m) => [m.id, m]));
      const { page, problems, close } = await openPage(
        `${prefixOf(id)}/embed/map/?view=${step.id}&theme=dark`,
      );
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
          if (m.notRead) expect(await item.textContent()).toContain(words.get(m.id)!.notRead);
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
    },
  );
});
