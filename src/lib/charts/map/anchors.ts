// Where to pin a country's card, hit area and keyboard order: derived from the prepared path data on
// both server and client, so it never has to be shipped separately.
import type { MapGeometry } from '$lib/geo/types';

/** Rings of a path written by prepare-geo (absolute M, relative l, z): read character by character, as
 * every outline is read once per page (the label ground, ground.ts) and splitting strings and matching
 * each number with a regular expression took most of that. */
export function parseRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let relative = false;
  let x = 0;
  let y = 0;
  /** The first number of a pair, waiting for the second. */
  let first: number | undefined;
  for (let i = 0; i < d.length;) {
    const c = d[i];
    if (c === 'M' || c === 'l' || c === 'z' || c === ',' || c === ' ') {
      if (c === 'M') {
        if (ring.length) rings.push(ring);
        ring = [];
        relative = false;
      } else if (c === 'l') relative = true;
      i++;
      continue;
    }
    // A number: an optional minus, then digits and a decimal point, up to the next sign or separator.
    let j = i + 1;
    while (j < d.length && ((d[j] >= '0' && d[j] <= '9') || d[j] === '.')) j++;
    const v = Number(d.slice(i, j));
    i = j;
    if (first === undefined) first = v;
    else {
      x = relative ? x + first : first;
      y = relative ? y + v : v;
      ring.push([x, y]);
      first = undefined;
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** Signed-area centroid of one ring, and its absolute area. */
function ringCentroid(ring: [number, number][]): { x: number; y: number; area: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) return { x: ring[0][0], y: ring[0][1], area: 0 };
  return { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

/** The centre of a shape's largest ring (mainland USA, not Alaska), rounded to one decimal. */
export function shapeAnchor(d: string): [number, number] {
  const best = parseRings(d)
    .map(ringCentroid)
    .reduce((a, b) => (b.area > a.area ? b : a), { x: 0, y: 0, area: -1 });
  return [Math.round(best.x * 10) / 10, Math.round(best.y * 10) / 10];
}

/** Anchor per ISO3: the marker when there is one (small countries), else the largest ring's centre (as
 * the server worked it out, when the page carries it). */
export function anchorsFor(geometry: MapGeometry, codes: Iterable<string>): Map<string, [number, number]> {
  const wanted = new Set(codes);
  const out = new Map<string, [number, number]>();
  for (const m of geometry.markers) if (wanted.has(m.iso3)) out.set(m.iso3, [m.x, m.y]);
  for (const s of geometry.shapes)
    if (wanted.has(s.iso3) && !out.has(s.iso3))
      out.set(s.iso3, geometry.anchors?.[s.iso3] ?? shapeAnchor(s.d));
  return out;
}
