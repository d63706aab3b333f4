// What lies under a map label: a label must sit beside its place, over the sea, its own country or a
// country near it, never over the land of a country far away ("Heathrow Airport" drawn over Canada reads
// as a place in Canada). Worked out on the prepared outlines in reference units, so it holds at any zoom;
// a side that fails is refused and the label tries the next (labels.ts), or hides.
import type { Box } from '../geometry';
import type { MapGeometry } from '$lib/geo/types';
import { parseRings } from './anchors';

/** A country with land within this many reference units of a place is near it (960 units span the globe:
 * 36 is some 1,200 to 1,700 km), as is the country the place stands in; a label may lie over their land
 * (Heathrow's over Ireland, Tehran's over Afghanistan), never over a country beyond. */
export const NEAR = 36;
/** A label is over a country far away when this share of it or more lies on such land: a label over the
 * sea whose last letter touches a far coast (Singapore's, at world scale on a phone) reads as naming its
 * own point; "Heathrow Airport" with half its length over Canada does not. */
export const FAR_SHARE = 1 / 12;
/** Screen pixels between the points a label's box is probed at, along three rows (top, middle, bottom). */
const STEP = 4;

interface Ring {
  points: [number, number][];
  box: Box;
}

interface Outline {
  iso3: string;
  rings: Ring[];
  box: Box;
}

const boxOfPoints = (points: [number, number][]): Box => {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of points) {
    box.x0 = Math.min(box.x0, x);
    box.y0 = Math.min(box.y0, y);
    box.x1 = Math.max(box.x1, x);
    box.y1 = Math.max(box.y1, y);
  }
  return box;
};
const inBox = (b: Box, x: number, y: number, by = 0) =>
  x >= b.x0 - by && x <= b.x1 + by && y >= b.y0 - by && y <= b.y1 + by;

interface World {
  outlines: Outline[];
  /** The countries near each place ("x,y,home"): places stay put in reference units whatever the view. */
  near: Map<string, Set<string>>;
}
const worlds = new WeakMap<MapGeometry, World>();

/** Every outline, parsed once per world (the browser's too, once, when the map wakes). */
function worldOf(geometry: MapGeometry): World {
  let world = worlds.get(geometry);
  if (world) return world;
  const outlines = geometry.shapes.map((s) => {
    const rings = parseRings(s.d).map((points) => ({ points, box: boxOfPoints(points) }));
    return { iso3: s.iso3, rings, box: boxOfPoints(rings.flatMap((r) => [...r.points])) };
  });
  world = { outlines, near: new Map() };
  worlds.set(geometry, world);
  return world;
}

/** Even-odd: inside an odd number of the shape's rings (only those whose box holds the point can count). */
function contains(o: Outline, x: number, y: number): boolean {
  if (!inBox(o.box, x, y)) return false;
  let inside = false;
  for (const { points: ring, box } of o.rings) {
    if (!inBox(box, x, y)) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to a segment. */
function toSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function isNear(o: Outline, x: number, y: number): boolean {
  if (!inBox(o.box, x, y, NEAR)) return false;
  if (contains(o, x, y)) return true;
  return o.rings.some(
    ({ points, box }) =>
      inBox(box, x, y, NEAR) &&
      points.some((p, i) => toSegment(x, y, p, points[(i + 1) % points.length]) <= NEAR),
  );
}

/**
 * A test for label boxes on a map drawn with `toRef` (screen px to reference units): whether a box beside a
 * point (in reference units) of the country `home` covers only the sea and the land of countries near it.
 */
export function groundTest(geometry: MapGeometry, toRef: (x: number, y: number) => [number, number]) {
  const { outlines, near: nearCache } = worldOf(geometry);
  const nearOf = (x: number, y: number, home?: string) => {
    const key = `${Math.round(x * 10)},${Math.round(y * 10)},${home ?? ''}`;
    let near = nearCache.get(key);
    if (!near) {
      near = new Set(outlines.filter((o) => o.iso3 === home || isNear(o, x, y)).map((o) => o.iso3));
      nearCache.set(key, near);
    }
    return near;
  };
  /** `point` in screen px; `box` in screen px. */
  return (point: { x: number; y: number; home?: string }, box: Box): boolean => {
    const [px, py] = toRef(point.x, point.y);
    const near = nearOf(px, py, point.home);
    const [x0, y0] = toRef(box.x0, box.y0);
    const [x1, y1] = toRef(box.x1, box.y1);
    const far = outlines.filter(
      (o) => !near.has(o.iso3) && o.box.x0 <= x1 && o.box.x1 >= x0 && o.box.y0 <= y1 && o.box.y1 >= y0,
    );
    if (!far.length) return true;
    const nx = Math.max(1, Math.ceil((box.x1 - box.x0) / STEP));
    const probes = 3 * (nx + 1);
    let hits = 0;
    for (let i = 0; i <= nx; i++)
      for (let j = 0; j <= 2; j++) {
        const [x, y] = toRef(box.x0 + ((box.x1 - box.x0) * i) / nx, box.y0 + ((box.y1 - box.y0) * j) / 2);
        if (far.some((o) => contains(o, x, y)) && ++hits >= FAR_SHARE * probes) return false;
      }
    return true;
  };
}
