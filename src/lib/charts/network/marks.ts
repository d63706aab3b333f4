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

/** The distance from the nearest of `points` to a box (0 when one is inside it). Squared distances are
 * compared and one square root taken: a label's search asks this of hundreds of points per spot. */
export function nearestDistance(points: Point[], b: Box): number {
  let least = Infinity;
  for (const p of points) {
    const dx = Math.max(b.x0 - p.x, 0, p.x - b.x1);
    const dy = Math.max(b.y0 - p.y, 0, p.y - b.y1);
    least = Math.min(least, dx * dx + dy * dy);
  }
  return Math.sqrt(least);
}

/** Points, each of one mark (a link's index), that answer "does this box hold any of them, other than
 * those of mark `except`?". */
export function markGrid(marks: Point[][]) {
  const cells = new Map<number, { p: Point; mark: number }[]>();
  // A number per cell, not a string: a label's search asks for thousands of cells. Distinct for any cell
  // within 2^15 cells of the origin, far beyond any drawing.
  const key = (i: number, j: number) => i * 65536 + j;
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
