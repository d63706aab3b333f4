// What a link label must keep off: every drawn link's line, arrowhead and cross, as points about a pixel
// apart, bucketed in a grid so that asking whether a box holds any of them looks at a few cells only.
import type { Box } from '../geometry';
import { cubicAt, type Point, type Route } from './curves';

const cell = 12;

/** Points along a route, about a pixel apart. */
export function sampleRoute(route: Route): Point[] {
  const out: Point[] = [];
  for (const c of route) {
    const chord =
      Math.hypot(c[1].x - c[0].x, c[1].y - c[0].y) +
      Math.hypot(c[2].x - c[1].x, c[2].y - c[1].y) +
      Math.hypot(c[3].x - c[2].x, c[3].y - c[2].y);
    const n = Math.max(4, Math.ceil(chord));
    for (let i = 0; i <= n; i++) out.push(cubicAt(c, i / n));
  }
  return out;
}

/** Points along a polyline (an arrowhead's outline, one stroke of a cross), about a pixel apart. */
export function samplePolyline(points: Point[]): Point[] {
  const out: Point[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1], points[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y)));
    for (let k = 1; k <= n; k++) out.push({ x: p.x + ((q.x - p.x) * k) / n, y: p.y + ((q.y - p.y) * k) / n });
  }
  return out;
}

/** The distance from a point to a box (0 inside it). */
export const distanceTo = (p: Point, b: Box) =>
  Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));

/** Points, each of one mark (a link's index), that answer "does this box hold any of them, other than
 * those of mark `except`?". */
export function markGrid(marks: Point[][]) {
  const cells = new Map<string, { p: Point; mark: number }[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  marks.forEach((points, mark) => {
    for (const p of points) {
      const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
      const list = cells.get(k);
      if (list) list.push({ p, mark });
      else cells.set(k, [{ p, mark }]);
    }
  });
  return {
    /** True when a point lies inside the box (on its edge does not count). */
    hits(b: Box, except = -1): boolean {
      for (let i = Math.floor(b.x0 / cell); i <= Math.floor(b.x1 / cell); i++)
        for (let j = Math.floor(b.y0 / cell); j <= Math.floor(b.y1 / cell); j++)
          for (const { p, mark } of cells.get(key(i, j)) ?? [])
            if (mark !== except && p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1) return true;
      return false;
    },
  };
}
