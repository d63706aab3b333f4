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
 * those of mark `except`?". The points are sorted into the grid's cells once, in flat arrays (a cell's
 * points are a run of `order`), because a diagram's step asks it thousands of times. */
export function markGrid(marks: Point[][]) {
  const count = marks.reduce((n, points) => n + points.length, 0);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const of = new Int32Array(count);
  let i0 = Infinity;
  let j0 = Infinity;
  let i1 = -Infinity;
  let j1 = -Infinity;
  let n = 0;
  marks.forEach((points, mark) => {
    for (const p of points) {
      xs[n] = p.x;
      ys[n] = p.y;
      of[n++] = mark;
      const i = Math.floor(p.x / cell);
      const j = Math.floor(p.y / cell);
      if (i < i0) i0 = i;
      if (i > i1) i1 = i;
      if (j < j0) j0 = j;
      if (j > j1) j1 = j;
    }
  });
  const cols = count ? i1 - i0 + 1 : 0;
  const rows = count ? j1 - j0 + 1 : 0;
  const cellOf = (k: number) => (Math.floor(ys[k] / cell) - j0) * cols + (Math.floor(xs[k] / cell) - i0);
  // Where each cell's run starts in `order`, and the points in cell order.
  const start = new Int32Array(cols * rows + 1);
  for (let k = 0; k < count; k++) start[cellOf(k) + 1]++;
  for (let c = 0; c < cols * rows; c++) start[c + 1] += start[c];
  const order = new Int32Array(count);
  const next = start.slice(0, cols * rows);
  for (let k = 0; k < count; k++) order[next[cellOf(k)]++] = k;
  return {
    /** True when a point lies inside the box (on its edge does not count). */
    hits(b: Box, except = -1): boolean {
      const ia = Math.max(Math.floor(b.x0 / cell), i0);
      const ib = Math.min(Math.floor(b.x1 / cell), i1);
      const ja = Math.max(Math.floor(b.y0 / cell), j0);
      const jb = Math.min(Math.floor(b.y1 / cell), j1);
      for (let j = ja; j <= jb; j++)
        for (let i = ia; i <= ib; i++) {
          const c = (j - j0) * cols + (i - i0);
          for (let r = start[c]; r < start[c + 1]; r++) {
            const k = order[r];
            if (of[k] !== except && xs[k] > b.x0 && xs[k] < b.x1 && ys[k] > b.y0 && ys[k] < b.y1) return true;
          }
        }
      return false;
    },
  };
}
