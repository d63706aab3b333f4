// What the footprint map draws for a view, worked out in Node from the prepared world and a few made-up
// countries (never data/): which countries are drawn and focusable, in what order, how the zoom scales
// markers and labels, where cards open, and that labels are placed inside the map and apart.
import { describe, expect, it } from 'vitest';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { labelAnchor } from '$lib/charts/map/labels';
import { buildMapScene, hitR, latestClaim, NARROW_BELOW } from '$lib/charts/map/scene';
import type { CountClaim, Country, MapView } from '$lib/data/schema';

const geometry = loadMapGeometry();
const country = (iso3: string, name: string, status: Country['status'], extra: Partial<Country> = {}) =>
  ({
    iso3,
    name,
    kind: 'sales-and-projects',
    presence: `Records in ${name}.`,
    status,
    sources: ['s'],
    ...extra,
  }) as Country;
const place = (id: string, name: string, lon: number, lat: number, status: Country['status']) => ({
  id,
  name,
  role: 'Office',
  lon,
  lat,
  status,
  sources: ['s'],
});
const countries: Country[] = [
  country('CHN', 'China', 'confirmed', {
    kind: 'headquarters',
    places: [place('tianjin', 'Tianjin', 117.2, 39.1, 'confirmed')],
  }),
  country('IRN', 'Iran', 'confirmed', { places: [place('tehran', 'Tehran', 51.4, 35.7, 'single-source')] }),
  country('GBR', 'United Kingdom', 'denied'),
  country('USA', 'United States', 'claimed'),
  // Too small to draw: a marker.
  country('SGP', 'Singapore', 'claimed'),
  // Not in the prepared world: nothing to draw or focus.
  country('XXX', 'Nowhere', 'single-source'),
];
const claims: CountClaim[] = [
  { id: 'old', count: 40, wording: 'forty countries', date: '2019', status: 'claimed', sources: ['s'] },
  {
    id: 'new',
    count: 60,
    wording: 'more than 60 countries',
    date: '2022-03',
    status: 'claimed',
    sources: ['s'],
  },
];
const scene = (view: Partial<MapView> = {}, width = 1280) =>
  buildMapScene({ geometry, countries, claims, view, width });
const ids = (xs: { iso3: string }[]) => xs.map((x) => x.iso3);

describe('buildMapScene', () => {
  it('draws the documented countries over the land: shapes where the world has them, else markers', () => {
    const s = scene();
    expect(ids(s.shapes).sort()).toEqual(['CHN', 'GBR', 'IRN', 'USA']);
    expect(ids(s.markers)).toEqual(['SGP']);
    for (const shape of s.shapes) expect(shape.d).toBe(geometry.shapes.find((g) => g.iso3 === shape.iso3)!.d);
    // Shapes in the order the world lists them (the land under them is in that order too).
    const worldOrder = geometry.shapes.map((g) => g.iso3).filter((c) => ids(s.shapes).includes(c));
    expect(ids(s.shapes)).toEqual(worldOrder);
  });

  it('orders the focusable countries west to east, each with an outline if it has a shape', () => {
    const s = scene();
    expect(ids(s.order)).toEqual(['USA', 'GBR', 'IRN', 'CHN', 'SGP']);
    for (let i = 1; i < s.order.length; i++) expect(s.order[i].x).toBeGreaterThanOrEqual(s.order[i - 1].x);
    expect(ids(s.outlines)).toEqual(['USA', 'GBR', 'IRN', 'CHN']);
  });

  it('opens a card on the side away from its country', () => {
    const side = Object.fromEntries(scene().order.map((c) => [c.iso3, c.card]));
    expect(side).toMatchObject({ USA: 'right', GBR: 'right', CHN: 'left', SGP: 'left' });
  });

  it('keeps only the statuses the view asks for, everywhere', () => {
    const s = scene({ statuses: ['confirmed'] });
    expect(ids(s.shapes).sort()).toEqual(['CHN', 'IRN']);
    expect(s.markers).toEqual([]);
    expect(ids(s.order)).toEqual(['IRN', 'CHN']);
    expect(s.countryLabels).toEqual([]);
    // The claim comparison counts every documented country the map can place, whatever the view.
    expect(ids(s.claimed)).toEqual(['CHN', 'IRN', 'GBR', 'USA', 'SGP']);
  });

  it('dims the countries a highlight leaves out', () => {
    const s = scene({ highlight: ['IRN'] });
    const flags = Object.fromEntries(s.order.map((c) => [c.iso3, [c.highlight, c.dim]]));
    expect(flags.IRN).toEqual([true, false]);
    expect(flags.CHN).toEqual([false, true]);
    expect(scene().order.every((c) => !c.dim && !c.highlight)).toBe(true);
  });

  it('zooms to the view’s region and keeps markers and labels their size', () => {
    const world = scene({}, 1280);
    expect(world.zoom).toEqual({ k: 1, x: 0, y: 0 });
    expect(world.unit).toBeCloseTo(geometry.width / 1280);
    const me = scene({ region: 'middle-east' }, 1280);
    expect(me.region).toBe('middle-east');
    expect(me.zoom.k).toBeGreaterThan(1.5);
    expect(me.unit).toBeCloseTo(world.unit / me.zoom.k);
    expect(me.height).toBeCloseTo((1280 * geometry.height) / geometry.width);
  });

  it('gives phones a 44 px touch target on each documented shape', () => {
    expect(scene({}, NARROW_BELOW).hits).toEqual([]);
    const s = scene({ region: 'middle-east' }, 360);
    expect(s.narrow).toBe(true);
    expect(ids(s.hits)).toEqual(['USA', 'GBR', 'IRN', 'CHN']);
    const px = (360 / geometry.width) * s.zoom.k;
    for (const h of s.hits) expect(2 * h.r * px).toBeCloseTo(2 * hitR);
  });

  it('labels the places, headquarters first, then the countries drawn as markers', () => {
    const s = scene({}, 1280);
    expect(s.places.map((p) => [p.id, p.status])).toEqual([
      ['tianjin', 'confirmed'],
      ['tehran', 'single-source'],
    ]);
    expect(s.countryLabels.map((p) => [p.id, p.text])).toEqual([['country-SGP', 'Singapore']]);
    for (const p of [...s.places, ...s.countryLabels]) expect(p.label.visible, p.id).toBe(true);
  });

  it('names the countries a view highlights, after the places (the Middle East zoom names Iran)', () => {
    const s = scene({ region: 'middle-east', highlight: ['IRN'] }, 360);
    expect(s.countryLabels.map((p) => p.id)).toEqual(['country-IRN', 'country-SGP']);
    expect(s.countryLabels[0].label.visible).toBe(true);
  });

  it('gives the legend the statuses it draws: its countries’ and their places’', () => {
    // Tehran is a single-source place in a confirmed country; nothing in the world is single-source else.
    expect(scene().statuses).toEqual(['confirmed', 'single-source', 'claimed', 'denied']);
    expect(scene({ statuses: ['confirmed'] }).statuses).toEqual(['confirmed', 'single-source']);
    expect(scene({ statuses: ['denied'] }).statuses).toEqual(['denied']);
  });

  it('hides a label that has no room rather than draw it over another or off the map', () => {
    for (const width of [320, 360, 1280])
      for (const region of ['world', 'middle-east', 'asia'] as const) {
        const s = scene({ region }, width);
        const boxes = [...s.places, ...s.countryLabels]
          .filter((p) => p.label.visible)
          .map((p) => {
            const w = p.text.length * 12 * 0.64;
            const x0 =
              p.label.x + p.label.dx - { start: 0, middle: w / 2, end: w }[labelAnchor(p.label.side)];
            const y0 = p.label.y + p.label.dy - 7;
            return { id: p.id, x0, x1: x0 + w, y0, y1: y0 + 14 };
          });
        for (const b of boxes) {
          expect(b.x0, `${b.id} ${region} ${width}`).toBeGreaterThanOrEqual(-0.5);
          expect(b.x1, `${b.id} ${region} ${width}`).toBeLessThanOrEqual(width + 0.5);
        }
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b)
              expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${a.id}/${b.id}`).toBe(false);
      }
  });

  it('shows the latest claim', () => {
    expect(scene().claim?.id).toBe('new');
    expect(latestClaim([])).toBeUndefined();
    expect(latestClaim([...claims].reverse())?.id).toBe('new');
  });
});
