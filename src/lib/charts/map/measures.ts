// The measures view of the map, as plain data: which governments the view colours, each by how its
// measures reach Tiandy, and where each stands. A pure function of the prepared world, the measures and
// the view, tested in Node like the footprint's scene (scene.ts), whose frame (zoom, size, narrow) it
// shares. A country is drawn only when it has a measure in the view; a body above countries (the
// European Parliament) is listed beside the map, never placed on a country.
import type { MapView, Measure, Reach, Stage } from '$lib/data/schema';
import type { MapGeometry } from '$lib/geo/types';
import { m } from '$lib/paraglide/messages.js';
import { labelSpace } from '$lib/editions/current';
import { formatCount, formatPartialDate } from '$lib/ui/format';
import { words } from '$lib/ui/words';
import { anchorsFor } from './anchors';
import { hitR, type MapScene } from './scene';
import { measureShown } from './measuresShown';

export { measureShown };

/** The five ways a measure reaches Tiandy, most direct first; reactions last and kept apart. */
export const reachOrder: Reach[] = [
  'names-tiandy',
  'covers-by-terms',
  'names-other-makers',
  'general',
  'reaction',
];

export const reachLabel: Record<Reach, string> = words({
  'names-tiandy': m.reach_names_tiandy,
  'covers-by-terms': m.reach_covers_by_terms,
  'names-other-makers': m.reach_names_other_makers,
  general: m.reach_general,
  reaction: m.reach_reaction,
});

/** For the legend, where a phone has little room. */
export const reachShort: Record<Reach, string> = words({
  'names-tiandy': m.reach_short_names_tiandy,
  'covers-by-terms': m.reach_short_covers_by_terms,
  'names-other-makers': m.reach_short_names_other_makers,
  general: m.reach_short_general,
  reaction: m.reach_short_reaction,
});

export const reachDescription: Record<Reach, string> = words({
  'names-tiandy': m.reach_desc_names_tiandy,
  'covers-by-terms': m.reach_desc_covers_by_terms,
  'names-other-makers': m.reach_desc_names_other_makers,
  general: m.reach_desc_general,
  reaction: m.reach_desc_reaction,
});

export const stageLabel: Record<Stage, string> = words({
  'in-force': m.stage_in_force,
  ongoing: m.stage_ongoing,
  adopted: m.stage_adopted,
  done: m.stage_done,
  decided: m.stage_decided,
  announced: m.stage_announced,
  requested: m.stage_requested,
  'under-review': m.stage_under_review,
  lapsed: m.stage_lapsed,
  statement: m.stage_statement,
});

/** Where a measure stands, in three: acting now, not (or not yet) acting, or a statement. The map draws
 * the first with a solid outline and the second dashed. */
export type Standing = 'acting' | 'pending' | 'statement';
export const standingOf = (s: Stage): Standing =>
  s === 'statement'
    ? 'statement'
    : s === 'announced' || s === 'requested' || s === 'under-review' || s === 'lapsed'
      ? 'pending'
      : 'acting';

export const sourcedAsLabel = words({
  original: m.sourced_original,
  'official-copy': m.sourced_official_copy,
  reporting: m.sourced_reporting,
});

const rank = (m: Measure) =>
  reachOrder.indexOf(m.reach) * 3 + ['acting', 'pending', 'statement'].indexOf(standingOf(m.stage));

/** One government's measures in the view: the country's colour is its lead measure's reach (the most
 * direct, acting before pending), and the card lists them all, the lead first. */
export interface MeasureCountry {
  iso3: string;
  name: string;
  lead: Measure;
  measures: Measure[];
}

export function measureCountries(measures: Measure[], view: Pick<MapView, 'reach'>): MeasureCountry[] {
  const byIso = new Map<string, Measure[]>();
  for (const m of measures)
    if (m.iso3 && measureShown(view, m)) byIso.set(m.iso3, [...(byIso.get(m.iso3) ?? []), m]);
  return [...byIso].map(([iso3, list]) => {
    // The lead first, then by reach and standing, newest first within each (dates are ISO strings).
    const sorted = [...list].sort(
      (a, b) => rank(a) - rank(b) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    );
    return { iso3, name: sorted[0].country ?? iso3, lead: sorted[0], measures: sorted };
  });
}

/** "United States: names Tiandy, in force — 9 measures" for a country's accessible name. */
export function measureAriaLabel(c: MeasureCountry): string {
  const n = c.measures.length;
  return m.measure_aria({
    name: c.name,
    reach: reachLabel[c.lead.reach].toLowerCase(),
    stage: stageLabel[c.lead.stage].toLowerCase(),
    measures: n === 1 ? m.measures_one() : m.measures_many({ count: formatCount(n) }),
  });
}

/** "16 Dec 2022 (effective)"; a Persian date joins its calendars with a dash, the bracket being the kind's. */
export const measureDate = (measure: Pick<Measure, 'date' | 'dateKind'>) =>
  `${formatPartialDate(measure.date, { join: 'dash' })}${labelSpace}${m.in_parens({ text: measure.dateKind })}`;

export interface MeasureMark {
  iso3: string;
  country: MeasureCountry;
  reach: Reach;
  standing: Standing;
  dim: boolean;
  highlight: boolean;
}

export interface MeasuresScene {
  shapes: (MeasureMark & { d: string })[];
  /** Only countries with a measure in the view get a marker: no mark without a record. */
  markers: (MeasureMark & { x: number; y: number })[];
  /** West to east: the keyboard order, with the side its card opens on. */
  order: (MeasureMark & { x: number; y: number; card: 'left' | 'right' })[];
  outlines: (MeasureMark & { d: string })[];
  hits: { iso3: string; x: number; y: number; r: number }[];
  /** Measures in the view that belong to no one country, listed beside the map. */
  unplaced: Measure[];
  /** The reaches drawn, in reachOrder, for the legend. */
  reaches: Reach[];
}

/** The measures layer over the frame of a footprint scene (its zoom, width and phone switch). */
export function buildMeasuresScene(
  geometry: MapGeometry,
  measures: Measure[],
  view: Pick<MapView, 'reach' | 'highlight'>,
  frame: Pick<MapScene, 'zoom' | 'width' | 'box' | 'narrow' | 'unit'>,
): MeasuresScene {
  const countries = measureCountries(measures, view);
  const highlighted = new Set(view.highlight ?? []);
  const mark = (c: MeasureCountry): MeasureMark => ({
    iso3: c.iso3,
    country: c,
    reach: c.lead.reach,
    standing: standingOf(c.lead.stage),
    dim: highlighted.size > 0 && !highlighted.has(c.iso3),
    highlight: highlighted.has(c.iso3),
  });
  const byIso = new Map(countries.map((c) => [c.iso3, c]));
  const shapeD = new Map(geometry.shapes.map((s) => [s.iso3, s.d]));
  const anchors = anchorsFor(
    geometry,
    countries.map((c) => c.iso3),
  );
  const px = frame.width / frame.box.width;
  const screenX = (x: number) => (frame.zoom.k * x + frame.zoom.x) * px;

  const shapes = geometry.shapes.flatMap((s) => {
    const c = byIso.get(s.iso3);
    return c ? [{ ...mark(c), d: s.d }] : [];
  });
  const markers = geometry.markers.flatMap((m) => {
    const c = byIso.get(m.iso3);
    return c && !shapeD.has(m.iso3) ? [{ ...mark(c), x: m.x, y: m.y }] : [];
  });
  const order = countries
    .filter((c) => anchors.has(c.iso3))
    .map((c) => {
      const [x, y] = anchors.get(c.iso3)!;
      const card = screenX(x) > frame.width / 2 ? ('left' as const) : ('right' as const);
      return { ...mark(c), x, y, card };
    })
    .sort((a, b) => a.x - b.x);
  const outlines = order.flatMap((m) => (shapeD.has(m.iso3) ? [{ ...m, d: shapeD.get(m.iso3)! }] : []));
  const hits = frame.narrow
    ? order
        .filter((m) => shapeD.has(m.iso3))
        .map((m) => ({ iso3: m.iso3, x: m.x, y: m.y, r: hitR * frame.unit }))
    : [];
  const drawn = new Set(countries.map((c) => c.lead.reach));
  return {
    shapes,
    markers,
    order,
    outlines,
    hits,
    unplaced: measures.filter((m) => !m.iso3 && measureShown(view, m)),
    reaches: reachOrder.filter((r) => drawn.has(r)),
  };
}
