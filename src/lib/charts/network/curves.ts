// The curves links are drawn with: cubic Bézier pieces end to end, with what routing asks of them (a
// point along the way, a part of one, where one leaves a box, which boxes one runs through) and their SVG
// path.
import { round1 as f, type Box } from '../geometry';

export interface Point {
  x: number;
  y: number;
}
/** A cubic Bézier curve: start, two controls, end. */
export type Cubic = [Point, Point, Point, Point];
/** A link's route: cubic pieces end to end (one for most links; a bracket has three). */
export type Route = Cubic[];

const inBox = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;

export function cubicAt(c: Cubic, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  return {
    x: a * c[0].x + b * c[1].x + d * c[2].x + e * c[3].x,
    y: a * c[0].y + b * c[1].y + d * c[2].y + e * c[3].y,
  };
}

/** The point at t along a route, each piece taking an equal share of t. */
export function at(route: Route, t: number): Point {
  const n = route.length;
  const i = Math.min(n - 1, Math.floor(t * n));
  return cubicAt(route[i], t * n - i);
}

/** The part of a cubic between t0 and t1 (de Casteljau). */
export function part(c: Cubic, t0: number, t1: number): Cubic {
  const split = (q: Cubic, t: number): [Cubic, Cubic] => {
    const lerp = (p: Point, r: Point) => ({ x: p.x + (r.x - p.x) * t, y: p.y + (r.y - p.y) * t });
    const ab = lerp(q[0], q[1]);
    const bc = lerp(q[1], q[2]);
    const cd = lerp(q[2], q[3]);
    const abc = lerp(ab, bc);
    const bcd = lerp(bc, cd);
    const m = lerp(abc, bcd);
    return [
      [q[0], ab, abc, m],
      [m, bcd, cd, q[3]],
    ];
  };
  const right = t0 > 0 ? split(c, t0)[1] : c;
  return t1 < 1 ? split(right, t0 >= 1 ? 0 : (t1 - t0) / (1 - t0))[0] : right;
}

/** A straight piece as a cubic. */
export const line = (p: Point, q: Point): Cubic => [
  p,
  { x: p.x + (q.x - p.x) / 3, y: p.y + (q.y - p.y) / 3 },
  { x: p.x + (2 * (q.x - p.x)) / 3, y: p.y + (2 * (q.y - p.y)) / 3 },
  q,
];

/** The parameter where a cubic leaves box b, searched from its end `from` (which is inside b). */
function exitAt(c: Cubic, b: Box, from: 0 | 1): number {
  let inside: number = from;
  let outside: number = from === 0 ? 1 : 0;
  if (inBox(cubicAt(c, outside), b)) return outside;
  for (let i = 0; i < 24; i++) {
    const mid = (inside + outside) / 2;
    if (inBox(cubicAt(c, mid), b)) inside = mid;
    else outside = mid;
  }
  return outside;
}

/** The route less the parts inside the boxes of its two ends. */
export function trim(route: Route, start: Box, end: Box): Route {
  if (route.length === 1) {
    const t0 = exitAt(route[0], start, 0);
    const t1 = exitAt(route[0], end, 1);
    return t1 > t0 + 0.01 ? [part(route[0], t0, t1)] : route;
  }
  const first = route[0];
  const last = route[route.length - 1];
  return [
    part(first, exitAt(first, start, 0), 1),
    ...route.slice(1, -1),
    part(last, 0, exitAt(last, end, 1)),
  ];
}

export const unit = (x: number, y: number) => {
  const l = Math.hypot(x, y) || 1;
  return { x: x / l, y: y / l };
};

/** Nodes among `obstacles` that the route runs through (its first and last 2% aside). */
export function hits(route: Route, obstacles: { id: string; boxes: Box[] }[]) {
  const found = new Set<string>();
  route.forEach((c, k) => {
    const x0 = Math.min(c[0].x, c[1].x, c[2].x, c[3].x);
    const x1 = Math.max(c[0].x, c[1].x, c[2].x, c[3].x);
    const y0 = Math.min(c[0].y, c[1].y, c[2].y, c[3].y);
    const y1 = Math.max(c[0].y, c[1].y, c[2].y, c[3].y);
    const near = obstacles.filter(
      (n) => !found.has(n.id) && n.boxes.some((b) => b.x0 < x1 && b.x1 > x0 && b.y0 < y1 && b.y1 > y0),
    );
    if (!near.length) return;
    const t0 = k === 0 ? 0.02 * route.length : 0;
    const t1 = k === route.length - 1 ? 1 - 0.02 * route.length : 1;
    const steps = Math.max(24, Math.ceil((Math.abs(c[3].x - c[0].x) + Math.abs(c[3].y - c[0].y)) / 4));
    for (let i = 0; i <= steps; i++) {
      const p = cubicAt(c, t0 + ((t1 - t0) * i) / steps);
      for (const n of near) if (!found.has(n.id) && n.boxes.some((b) => inBox(p, b))) found.add(n.id);
    }
  });
  return [...found];
}

export const pathOf = (route: Route) =>
  `M${f(route[0][0].x)},${f(route[0][0].y)}` +
  route.map((c) => `C${f(c[1].x)},${f(c[1].y)} ${f(c[2].x)},${f(c[2].y)} ${f(c[3].x)},${f(c[3].y)}`).join('');
