// A region zoom frames the whole of each country a step highlights, so none is cropped (at 1280 px the
// North America zoom cut off Canada's Arctic islands). A country's extent is that of its outlines holding
// at least 1% of its area: a far-flung speck (Hawaii, the Aleutians west of the date line) may fall outside
// a zoom, never a part a reader knows the country by (Alaska, Baffin Island, Ellesmere Island). Checked in
// Node on the prepared world for every region against the countries made up for it below, and for every
// map step of the story (an invariant of data/story.json, whatever its regions and highlights).
import { describe, expect, it } from 'vitest';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { parseRings } from '$lib/charts/map/anchors';
import { regionBoxes, regionTransform } from '$lib/charts/map/regions';
import type { MapView, Region } from '$lib/data/schema';
import { loadDataDir } from '$lib/data/load';

const geometry = loadMapGeometry();
const W = geometry.width;
const H = geometry.height;

const area = (ring: [number, number][]) =>
  Math.abs(
    ring.reduce(
      (a, [x0, y0], i) => a + x0 * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y0,
      0,
    ) / 2,
  );

/** The extent, in reference units, of the outlines of `iso3` that hold at least 1% of its area. */
function extent(iso3: string) {
  const shape = geometry.shapes.find((s) => s.iso3 === iso3);
  const marker = geometry.markers.find((m) => m.iso3 === iso3);
  if (!shape) return { x0: marker!.x, y0: marker!.y, x1: marker!.x, y1: marker!.y };
  const rings = parseRings(shape.d);
  const total = rings.reduce((a, r) => a + area(r), 0);
  const kept = rings.filter((r) => area(r) >= total / 100).flat();
  return {
    x0: Math.min(...kept.map((p) => p[0])),
    y0: Math.min(...kept.map((p) => p[1])),
    x1: Math.max(...kept.map((p) => p[0])),
    y1: Math.max(...kept.map((p) => p[1])),
  };
}

/** What of `iso3` a zoom to `region` leaves out, in reference units on each side ("" when none). */
function cropped(region: Region, iso3: string): string {
  const z = regionTransform(region, W, H);
  const view = { x0: -z.x / z.k, y0: -z.y / z.k, x1: (W - z.x) / z.k, y1: (H - z.y) / z.k };
  const e = extent(iso3);
  const out = [
    ['west', view.x0 - e.x0],
    ['north', view.y0 - e.y0],
    ['east', e.x1 - view.x1],
    ['south', e.y1 - view.y1],
  ].filter(([, by]) => (by as number) > 0.05);
  return out.map(([side, by]) => `${iso3} cut ${(by as number).toFixed(1)} units on the ${side}`).join(', ');
}

describe('region zooms frame the countries they are for', () => {
  // What each region is drawn for: the countries a step may highlight in it.
  const meant: Record<Region, string[]> = {
    world: ['USA', 'CAN', 'RUS', 'CHN', 'IRN', 'GBR', 'AUS', 'NZL', 'SGP', 'BRA', 'GRL'],
    'middle-east': ['IRN', 'IRQ', 'TKM', 'SAU'],
    china: ['CHN'],
    // Not France or Spain: Natural Earth draws French Guiana and the Canaries with them.
    europe: ['GBR', 'LTU', 'DEU', 'POL', 'ITA'],
    'north-america': ['USA', 'CAN', 'MEX'],
    asia: ['CHN', 'IRN', 'TKM', 'JPN', 'SGP', 'IND'],
  };
  for (const region of Object.keys(regionBoxes) as Region[])
    it(`${region} holds ${meant[region].join(', ')}`, () => {
      expect(meant[region].map((c) => cropped(region, c)).filter(Boolean)).toEqual([]);
    });

  it('holds every country a map step of the story highlights', () => {
    const story = loadDataDir('data').story;
    const problems = story.sections
      .flatMap((s) => s.steps)
      .filter((s) => s.view.chart === 'map')
      .flatMap((s) => {
        const view = s.view as MapView;
        return (view.highlight ?? [])
          .map((c) => cropped(view.region ?? 'world', c))
          .filter(Boolean)
          .map((p) => `${s.id}: ${p}`);
      });
    expect(problems).toEqual([]);
  });
});
