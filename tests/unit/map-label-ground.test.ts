// Map labels sit beside their place: over the sea, the place's own country or a country near it, never over
// a country far away (at world scale "Heathrow Airport" was drawn left of Britain over Canada). Checked
// on the map scene in Node with made-up countries, against Natural Earth itself (world-atlas, read with
// d3-geo on the sphere), not against the outlines the scene uses: each visible label's box is probed every
// few pixels, the point under each probe taken back to longitude and latitude, and its country looked up.
// A label is over a far country when an eighth of it or more lies on far land (the scene refuses a twelfth:
// the room is for the finer coasts here), so a label whose last letter touches a far coast passes.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countryCodes from 'i18n-iso-countries';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { mapProjection } from '$lib/geo/projection';
import { labelAnchor } from '$lib/charts/map/labels';
import { buildMapScene, labelFont, type MapPlace, type MapScene } from '$lib/charts/map/scene';
import { regionBoxes } from '$lib/charts/map/regions';
import { textWidth } from '$lib/charts/text';
import type { Country, MapView, Region } from '$lib/data/schema';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
/** d3-geo reads a ring wound the other way as the rest of the globe: a few Natural Earth rings are. */
function rewound(g: Geometry): Geometry {
  const fix = (rings: number[][][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((r) => [...r].reverse())
      : rings;
  if (g.type === 'Polygon') return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}
const world = (feature(topology, topology.objects.countries) as FeatureCollection).features.flatMap((raw) => {
  const iso3 = raw.id === undefined ? undefined : countryCodes.numericToAlpha3(String(raw.id));
  const f: Feature = { ...raw, geometry: rewound(raw.geometry) };
  return iso3 ? [{ iso3, f, bounds: geoBounds(f) }] : [];
});
/** The country at a point, if any (its box first: geoContains is slow). */
const countryAt = (lon: number, lat: number) =>
  world.find(
    ({ f, bounds: [[w, s], [e, n]] }) =>
      lat >= s &&
      lat <= n &&
      (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e) &&
      geoContains(f, [lon, lat]),
  )?.iso3;

/** A country is near a place when some of its land lies within this distance (the scene's rule, with room). */
const NEAR_KM = 2000;
const nearCache = new Map<string, boolean>();
function isNear(iso3: string, lon: number, lat: number) {
  const key = `${iso3} ${lon} ${lat}`;
  if (!nearCache.has(key)) {
    const f = world.find((w) => w.iso3 === iso3)!.f;
    const points = JSON.stringify(f.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [];
    nearCache.set(
      key,
      geoContains(f, [lon, lat]) ||
        points.some(
          (p) => geoDistance([lon, lat], p.split(',').map(Number) as [number, number]) * 6371 <= NEAR_KM,
        ),
    );
  }
  return nearCache.get(key)!;
}

const geometry = loadMapGeometry();
const place = (id: string, name: string, lon: number, lat: number, status: Country['status']) => ({
  id,
  name,
  role: 'Office',
  lon,
  lat,
  status,
  sources: ['s'],
});
const country = (iso3: string, name: string, status: Country['status'], places: Country['places'] = []) =>
  ({
    iso3,
    name,
    kind: 'sales-and-projects',
    presence: `In ${name}.`,
    status,
    sources: ['s'],
    places,
  }) as Country;
const countries: Country[] = [
  country('CHN', 'China', 'confirmed', [
    place('tianjin', 'Tianjin', 117.2, 39.1, 'confirmed'),
    place('urumqi', 'Urumqi, Xinjiang', 87.6, 43.8, 'claimed'),
  ]),
  country('IRN', 'Iran', 'single-source', [
    place('tehran', 'Tehran', 51.4, 35.7, 'single-source'),
    place('khomam', 'Khomam', 49.6, 37.3, 'claimed'),
  ]),
  country('GBR', 'United Kingdom', 'denied', [place('heathrow', 'Heathrow Airport', -0.45, 51.47, 'denied')]),
  country('USA', 'United States', 'claimed'),
  country('CAN', 'Canada', 'claimed'),
  country('SGP', 'Singapore', 'claimed'),
];
const lonLat: Record<string, [number, number, string]> = Object.fromEntries(
  countries.flatMap((c) => (c.places ?? []).map((p) => [p.id, [p.lon, p.lat, c.iso3]])),
);
const scene = (view: Partial<MapView>, width: number) =>
  buildMapScene({ geometry, countries, claims: [], view, width });

/** Visible labels an eighth or more over far countries: "heathrow over CAN, USA (52%)". */
function farUnder(s: MapScene): string[] {
  const projection = mapProjection();
  const found: string[] = [];
  const px = s.width / s.box.width;
  for (const p of [...s.places, ...s.countryLabels] as MapPlace[]) {
    if (!p.label.visible) continue;
    const [lon, lat, home] = lonLat[p.id] ?? [
      ...projection.invert!([p.x, p.y])!,
      p.id.replace('country-', ''),
    ];
    const w = textWidth(p.text, labelFont, 'bold');
    const side = p.label.side;
    const x0 = p.label.x + p.label.dx - { start: 0, middle: w / 2, end: w }[labelAnchor(side)];
    const y0 = p.label.y + p.label.dy - (labelFont + 2) / 2;
    let probes = 0;
    const far: string[] = [];
    for (let x = x0; x <= x0 + w; x += 2)
      for (let y = y0; y <= y0 + labelFont + 2; y += 3.5) {
        probes++;
        const ref: [number, number] = [(x / px - s.zoom.x) / s.zoom.k, (y / px - s.zoom.y) / s.zoom.k];
        const at = projection.invert!(ref);
        const under = at && countryAt(at[0], at[1]);
        if (under && under !== home && !isNear(under, lon, lat)) far.push(under);
      }
    if (far.length >= probes / 8)
      found.push(
        `${p.id} over ${[...new Set(far)].join(', ')} (${Math.round((100 * far.length) / probes)}%)`,
      );
  }
  return found;
}

describe('map labels beside their place', () => {
  const regions = Object.keys(regionBoxes) as Region[];
  for (const width of [360, 720, 1280])
    it(`never lay a label over a country far from its place at ${width} px, in any region`, () => {
      const problems = regions.flatMap((region) =>
        [{ region }, { region, highlight: ['IRN', 'SGP'] }].flatMap((view) =>
          farUnder(scene(view, width)).map((p) => `${region}${view.highlight ? ' (highlight)' : ''}: ${p}`),
        ),
      );
      expect(problems).toEqual([]);
    }, 60_000);

  it('still names the places where there is room beside them: Heathrow on a wide world map and in Europe, Singapore on a phone', () => {
    const heathrow = (region: Region, width: number) =>
      scene({ region }, width).places.find((p) => p.id === 'heathrow')!.label;
    expect(heathrow('world', 1280).visible).toBe(true);
    expect(heathrow('europe', 360).visible).toBe(true);
    expect(heathrow('europe', 1280).visible).toBe(true);
    const singapore = scene({ highlight: ['SGP'] }, 360).countryLabels.find((p) => p.id === 'country-SGP')!;
    expect(singapore.label.visible).toBe(true);
  });
});
