// What lies under a map label: a label must sit beside its place, over the sea, its own country or a
// country near it, never over the land of a country far away ("Heathrow Airport" drawn over Canada reads
// as a place in Canada). Worked out on the prepared outlines in reference units, so it holds at any zoom;
// a side that fails is refused and the label tries the next (labels.ts), or hides.
import { extent } from 'd3-array';
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

/** A ring of an outline, with its box. */
type Ring = { iso3: string; points: [number, number][] } & Box;

const inBox = (b: Box, x: number, y: number, by = 0) =>
  x >= b.x0 - by && x <= b.x1 + by && y >= b.y0 - by && y <= b.y1 + by;

interface World {
  rings: Ring[];
  /** The countries near each place ("x,y,home"): places stay put in reference units whatever the view. */
  near: Map<string, Set<string>>;
}
const worlds = new WeakMap<MapGeometry, World>();

/** Every ring of every outline, parsed once per world (the browser's too, once, when the map wakes). */
function worldOf(geometry: MapGeometry): World {
  let world = worlds.get(geometry);
  if (!world) {
    const rings = geometry.shapes.flatMap((s) =>
      parseRings(s.d).map((points) => {
        const [x0, x1] = extent(points, (p) => p[0]) as [number, number];
        const [y0, y1] = extent(points, (p) => p[1]) as [number, number];
        return { iso3: s.iso3, points, x0, x1, y0, y1 };
      }),
    );
    worlds.set(geometry, (world = { rings, near: new Map() }));
  }
  return world;
}

/** The countries whose land holds the point (even-odd over each country's rings). */
function landAt(rings: Ring[], x: number, y: number): Set<string> {
  const odd = new Set<string>();
  for (const r of rings) {
    if (!inBox(r, x, y)) continue;
    let inside = false;
    for (let i = 0, j = r.points.length - 1; i < r.points.length; j = i++) {
      const [xi, yi] = r.points[i];
      const [xj, yj] = r.points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    if (inside && !odd.delete(r.iso3)) odd.add(r.iso3);
  }
  return odd;
}

/**
 * A test for label boxes on a map drawn with `toRef` (screen px to reference units): whether a box beside a
 * point of the country `home` (both in screen px) lies less than FAR_SHARE on the land of countries far
 * from it. Near: a country with a vertex of its outline within NEAR of the point.
 */
export function groundTest(geometry: MapGeometry, toRef: (x: number, y: number) => [number, number]) {
  const { rings, near: nearOf } = worldOf(geometry);
  return (point: { x: number; y: number; home?: string }, box: Box): boolean => {
    const [px, py] = toRef(point.x, point.y);
    const key = `${Math.round(px * 10)},${Math.round(py * 10)},${point.home}`;
    let near = nearOf.get(key);
    if (!near) {
      near = new Set([point.home ?? '']);
      for (const r of rings)
        if (inBox(r, px, py, NEAR) && r.points.some(([x, y]) => (x - px) ** 2 + (y - py) ** 2 <= NEAR ** 2))
          near.add(r.iso3);
      nearOf.set(key, near);
    }
    const [x0, y0] = toRef(box.x0, box.y0);
    const [x1, y1] = toRef(box.x1, box.y1);
    const far = rings.filter(
      (r) => !near.has(r.iso3) && r.x0 <= x1 && r.x1 >= x0 && r.y0 <= y1 && r.y1 >= y0,
    );
    if (!far.length) return true;
    const nx = Math.max(1, Math.ceil((box.x1 - box.x0) / STEP));
    let hits = 0;
    for (let i = 0; i <= nx; i++)
      for (let j = 0; j <= 2; j++) {
        const [x, y] = toRef(box.x0 + ((box.x1 - box.x0) * i) / nx, box.y0 + ((box.y1 - box.y0) * j) / 2);
        if (landAt(far, x, y).size && ++hits >= FAR_SHARE * 3 * (nx + 1)) return false;
      }
    return true;
  };
}
