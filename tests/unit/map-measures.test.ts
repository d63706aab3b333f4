// What the measures view of the map draws, worked out in Node from the prepared world and a few made-up
// measures (never data/): which governments are coloured and by which reach, which measure leads a
// country, that only countries with a measure get a mark, what a body above countries becomes, and the
// order and card sides shared with the footprint's scene.
import { describe, expect, it } from 'vitest';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { buildMapScene } from '$lib/charts/map/scene';
import { buildMeasuresScene, measureAriaLabel, measureCountries, standingOf } from '$lib/charts/map/measures';
import { measuresShown } from '$lib/charts/map/measuresShown';
import type { MapView, Measure } from '$lib/data/schema';

const geometry = loadMapGeometry();
const measure = (id: string, iso3: string | undefined, extra: Partial<Measure> = {}) =>
  ({
    id,
    ...(iso3 ? { iso3, country: `Country ${iso3}` } : {}),
    scope: iso3 ? 'national' : 'supranational',
    body: 'A body',
    title: `Measure ${id}`,
    date: '2022-01',
    dateKind: 'effective',
    does: 'Does something made up.',
    reach: 'names-other-makers',
    stage: 'in-force',
    sourcedAs: 'original',
    status: 'confirmed',
    sources: ['s'],
    ...extra,
  }) as Measure;
const measures: Measure[] = [
  measure('a-old', 'AAA'),
  measure('usa-bill', 'USA', { reach: 'names-tiandy', stage: 'lapsed', date: '2023-03' }),
  measure('usa-list', 'USA', { reach: 'names-tiandy', stage: 'in-force', date: '2022-12' }),
  measure('usa-fcc', 'USA', { date: '2025-12' }),
  measure('gbr-sites', 'GBR', { reach: 'covers-by-terms' }),
  measure('can-review', 'CAN', { reach: 'names-tiandy', stage: 'under-review' }),
  measure('can-order', 'CAN', { stage: 'in-force' }),
  measure('nld-study', 'NLD', { reach: 'general', stage: 'announced' }),
  measure('chn-reply', 'CHN', { reach: 'reaction', stage: 'statement' }),
  // Too small to draw: a marker, and only because it has a measure.
  measure('sgp-rule', 'SGP', { reach: 'general' }),
  measure('parliament', undefined, { area: 'A parliament' }),
];
const frame = (view: Partial<MapView>, width = 1280) =>
  buildMapScene({ geometry, countries: [], claims: [], view, width });
const scene = (view: Partial<MapView> = {}, width = 1280, list = measures) =>
  buildMeasuresScene(geometry, list, view, frame(view, width));
const ids = (xs: { iso3: string }[]) => xs.map((x) => x.iso3);

describe('measureCountries', () => {
  it('colours a country by its most direct measure, acting before pending', () => {
    const byIso = new Map(measureCountries(measures, {}).map((c) => [c.iso3, c]));
    expect(byIso.get('USA')!.lead.id).toBe('usa-list');
    // Canada: the review names Tiandy, so it leads, though it is only under review.
    expect(byIso.get('CAN')!.lead.id).toBe('can-review');
    expect(standingOf(byIso.get('CAN')!.lead.stage)).toBe('pending');
    expect(byIso.get('CHN')!.lead.reach).toBe('reaction');
  });

  it("lists every one of a country's measures in the card, the lead first, then by reach and date", () => {
    const usa = measureCountries(measures, {}).find((c) => c.iso3 === 'USA')!;
    expect(usa.measures.map((m) => m.id)).toEqual(['usa-list', 'usa-bill', 'usa-fcc']);
    expect(measureAriaLabel(usa)).toBe('Country USA: names tiandy, in force — 3 measures');
  });

  it('filters by the reaches the view names', () => {
    const only = measureCountries(measures, { reach: ['names-tiandy'] });
    expect(only.map((c) => c.iso3).sort()).toEqual(['CAN', 'USA']);
    expect(only.find((c) => c.iso3 === 'USA')!.measures).toHaveLength(2);
  });
});

describe('buildMeasuresScene', () => {
  it('draws only governments with a measure: shapes where the world has them, a marker for a small one', () => {
    const s = scene();
    expect(ids(s.shapes).sort()).toEqual(['CAN', 'CHN', 'GBR', 'NLD', 'USA']);
    expect(ids(s.markers)).toEqual(['SGP']);
    // AAA is not in the prepared world: nothing to draw or focus.
    expect(ids(s.order)).not.toContain('AAA');
  });

  it('no mark without a measure: a view of one reach marks no other country', () => {
    const s = scene({ reach: ['names-tiandy'] });
    expect(ids(s.shapes).sort()).toEqual(['CAN', 'USA']);
    expect(s.markers).toEqual([]);
    expect(s.reaches).toEqual(['names-tiandy']);
  });

  it('keeps the reactions apart in the legend, last', () => {
    expect(scene().reaches).toEqual([
      'names-tiandy',
      'covers-by-terms',
      'names-other-makers',
      'general',
      'reaction',
    ]);
  });

  it('lists a body above countries beside the map instead of placing it', () => {
    const s = scene();
    expect(s.unplaced.map((m) => m.id)).toEqual(['parliament']);
    expect(scene({ reach: ['general'] }).unplaced).toEqual([]);
  });

  it('orders the focusable countries west to east, cards opening away from them', () => {
    const s = scene();
    const xs = s.order.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(s.order.find((m) => m.iso3 === 'USA')!.card).toBe('right');
    expect(s.order.find((m) => m.iso3 === 'CHN')!.card).toBe('left');
  });

  it('dims the others when the view highlights a country', () => {
    const s = scene({ highlight: ['USA'] });
    expect(s.shapes.filter((m) => !m.dim).map((m) => m.iso3)).toEqual(['USA']);
    expect(s.outlines.find((o) => o.iso3 === 'USA')!.highlight).toBe(true);
  });

  it('gives phones a touch target on each shape', () => {
    expect(scene({}, 1280).hits).toEqual([]);
    expect(ids(scene({}, 360).hits).sort()).toEqual(['CAN', 'CHN', 'GBR', 'NLD', 'USA']);
  });

  it('draws nothing from no measures', () => {
    const s = scene({}, 1280, []);
    expect([s.shapes, s.markers, s.order, s.unplaced, s.reaches]).toEqual([[], [], [], [], []]);
  });
});

describe('measuresShown', () => {
  it('lists no measure in a footprint view, and the view’s reaches in a measures view', () => {
    expect(measuresShown({}, measures)).toEqual([]);
    expect(measuresShown({ layer: 'measures' }, measures)).toHaveLength(measures.length);
    expect(measuresShown({ layer: 'measures', reach: ['reaction'] }, measures).map((m) => m.id)).toEqual([
      'chn-reply',
    ]);
  });
});
