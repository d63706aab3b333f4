// Prepares the world map once, at build time: simplifies Natural Earth (world-atlas 110m), projects it
// with the map's own Equal Earth projection into compact SVG path strings, and adds point markers for
// countries that are missing from 110m or too small to see there. Output: src/lib/geo/world.json,
// committed. Run: npx tsx scripts/prepare-geo.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { mapProjection, REF_HEIGHT, REF_WIDTH } from '../src/lib/geo/projection';
import { round1 } from '../src/lib/geo/round';
import type { MapGeometry, MapMarker, MapShape } from '../src/lib/geo/types';

const require = createRequire(import.meta.url);
const outFile = fileURLToPath(new URL('../src/lib/geo/world.json', import.meta.url));

/** Planar weight (square degrees) under which 110m vertices are dropped; tuned for the 40 KB budget. */
export const MIN_WEIGHT = 0.005;
/** Shapes smaller than this (square reference units, ≈ 3×3) also get a marker so they can be seen. */
export const SMALL_AREA = 9;

// Natural Earth leaves three areas without an ISO number. Two are merged into the country that the UN
// recognises; Kosovo keeps the user-assigned code XKX that the EU and IMF use.
const MERGE_INTO: Record<string, string> = { 'N. Cyprus': '196', Somaliland: '706' };
const NAMED_CODES: Record<string, string> = { Kosovo: 'XKX' };
const ANTARCTICA = '010';

type Countries = Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const nameOf = (g: { properties?: { name?: string } | null }) => g.properties?.name ?? '';

const alpha3 = (id: string | number | undefined, name: string): string | undefined =>
  NAMED_CODES[name] ?? (id === undefined ? undefined : countries.numericToAlpha3(String(id)));

/** Writes path data as integer tenths, relative after the first point, so each number is short. */
export function compactPath(rings: [number, number][][]): string {
  let out = '';
  for (const ring of rings) {
    const pts = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
    const kept = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
    if (kept.length < 3) continue;
    const nums: number[] = [];
    for (let i = 1; i < kept.length; i++) nums.push(kept[i][0] - kept[i - 1][0], kept[i][1] - kept[i - 1][1]);
    out += `M${kept[0][0] / 10},${kept[0][1] / 10}l${joinNumbers(nums.map((n) => n / 10))}z`;
  }
  // Paths always start with an absolute M, so lowercase m is never needed.
  return out;
}

/** Joins numbers the way SVG allows: a minus sign separates as well as a space does. */
function joinNumbers(nums: number[]): string {
  let s = '';
  nums.forEach((n, i) => {
    const t = String(n);
    s += i === 0 || t.startsWith('-') ? t : ' ' + t;
  });
  return s;
}

/** Collects projected rings from d3-geo's path stream. */
function projectRings(object: GeoPermissibleObjects): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const context = {
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
    beginPath() {},
  };
  geoPath(mapProjection(), context as unknown as CanvasRenderingContext2D)(object);
  return rings;
}

/** Twice the signed area of projected rings, absolute: enough to rank shapes by size. */
function projectedArea(rings: [number, number][][]): number {
  let sum = 0;
  for (const r of rings) {
    let a = 0;
    for (let i = 0; i < r.length; i++) {
      const [x0, y0] = r[i];
      const [x1, y1] = r[(i + 1) % r.length];
      a += x0 * y1 - x1 * y0;
    }
    sum += Math.abs(a) / 2;
  }
  return sum;
}

/**
 * Simplifying a tiny country (Kosovo) can flip its ring order, and d3-geo then reads it as the whole globe
 * minus the country. Reverse any polygon that covers more than a hemisphere.
 */
function rewind(geometry: Geometry): Geometry {
  const fix = (rings: number[][][]) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

function markerAt(iso3: string, f: Feature): MapMarker {
  const p = mapProjection()(geoCentroid(f))!;
  return { iso3, x: round1(p[0]), y: round1(p[1]) };
}

export function prepareGeo(): MapGeometry {
  const coarse = require('world-atlas/countries-110m.json') as Countries;
  const fine = require('world-atlas/countries-50m.json') as Countries;

  const simplified = simplify(presimplify(coarse), MIN_WEIGHT) as Countries;
  const geoms = simplified.objects.countries.geometries;
  const shapes: MapShape[] = [];
  const markers: MapMarker[] = [];
  const seen = new Set<string>();

  for (const g of geoms) {
    const name = nameOf(g);
    if (g.id === ANTARCTICA || MERGE_INTO[name]) continue;
    const iso3 = alpha3(g.id, name);
    if (!iso3) throw new Error(`prepare-geo: no ISO code for 110m feature ${g.id} "${name}"`);
    const partners = g.id === undefined ? [] : geoms.filter((o) => MERGE_INTO[nameOf(o)] === g.id);
    const geometry: Geometry = partners.length
      ? merge(simplified, [g, ...partners] as Parameters<typeof merge>[1])
      : (feature(simplified, g) as Feature).geometry;
    const f: Feature = { type: 'Feature', properties: {}, geometry: rewind(geometry) };
    const rings = projectRings(f);
    const d = compactPath(rings);
    if (d) shapes.push({ iso3, d });
    if (!d || projectedArea(rings) < SMALL_AREA) markers.push(markerAt(iso3, f));
    seen.add(iso3);
  }

  // Countries that 110m leaves out entirely (Singapore, Malta, Bahrain, many islands): a marker at the
  // 50m centroid. Australia appears twice in 50m (with Ashmore and Cartier), so keep the largest part.
  const extra = new Map<string, Feature>();
  for (const g of fine.objects.countries.geometries) {
    const iso3 = alpha3(g.id, nameOf(g));
    if (!iso3 || iso3 === 'ATA' || seen.has(iso3)) continue;
    const f = feature(fine, g) as Feature;
    const prev = extra.get(iso3);
    if (!prev || geoArea(f) > geoArea(prev)) extra.set(iso3, f);
  }
  for (const [iso3, f] of extra) markers.push(markerAt(iso3, f));

  shapes.sort((a, b) => a.iso3.localeCompare(b.iso3));
  markers.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return { width: REF_WIDTH, height: REF_HEIGHT, shapes, markers };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const geometry = prepareGeo();
  // Written in Prettier's JSON style so `prettier --check .` passes without reformatting it.
  const prettier = await import('prettier');
  writeFileSync(outFile, await prettier.format(JSON.stringify(geometry), { parser: 'json' }));
  console.log(
    `prepare-geo: ${geometry.shapes.length} shapes, ${geometry.markers.length} markers → ${outFile}`,
  );
}
