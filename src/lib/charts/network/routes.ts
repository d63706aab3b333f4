// Which way each link runs: candidate curves between its two nodes, best first, and the first that runs
// through no other visible node (else the one through fewest). Parallel links of one pair fan out; links
// between two nodes of one column run as brackets beside it. Then each curve is trimmed to the edges of
// its nodes and ends in an arrowhead.
import type { Relationship } from '$lib/data/schema';
import { pad, round1 as f } from '../geometry';
import {
  at,
  cubicAt,
  hits,
  line,
  part,
  pathOf,
  trim,
  unit,
  type Cubic,
  type Point,
  type Route,
} from './curves';
import type { SceneNode } from './types';

/** Space kept between the parallel links of one pair: two links bow well apart (a claim and its
 * denial read as two arcs), five fan at 16 px. */
const spreadFor = (count: number) => Math.max(16, Math.min(32, 64 / count));

export interface RoutedLink {
  rel: Relationship;
  /** The curve from the edge of its start node's box to the edge of its end node's. */
  curve: Route;
  /** The curve as drawn: stopping inside the arrowhead. */
  path: string;
  arrow: string;
  /** A cross on the line for denied links. */
  cross?: string;
  /** The arrowhead's outline and the cross's strokes, as points, for label placement to keep off. */
  marks: Point[][];
  /** Halfway along the curve. */
  mid: Point;
  visible: boolean;
  /** True when more links join the same pair of nodes. */
  fan: boolean;
  /** Visible nodes other than its ends that the curve runs through. */
  through: string[];
}

/**
 * Routes every relationship whose two ends are among `nodes` (none from a node to itself), pair by pair;
 * those the view does not show (`shown`) are routed too, so they can fade in and out, but need not miss
 * other nodes. `sideOf` gives the side of its symbol a node's label is on; `middle` is the centre's x.
 */
export function routeLinks(
  relationships: Relationship[],
  nodes: SceneNode[],
  shown: (rel: Relationship) => boolean,
  sideOf: (id: string) => number,
  { kx, middle, outer = () => false }: { kx: number; middle: number; outer?: (rel: Relationship) => boolean },
): RoutedLink[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // What a link may not run through: every other visible node's symbol and label.
  const obstacles = nodes
    .filter((n) => n.visible)
    .map((n) => ({
      id: n.id,
      boxes: [
        { x0: n.x - n.r * 1.2, y0: n.y - n.r * 1.2, x1: n.x + n.r * 1.2, y1: n.y + n.r * 1.2 },
        n.label,
      ].map((b) => pad(b, 2)),
    }));

  // Parallel links of one pair fan out around their route, in data order.
  const pairs = new Map<string, Relationship[]>();
  for (const r of relationships) {
    if (!byId.has(r.from) || !byId.has(r.to) || r.from === r.to) continue;
    const key = [r.from, r.to].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }

  // Links between two nodes of one column run as brackets beside it, each in a lane of its own (the
  // shorter ones nearer the column), so they never cross the column's other nodes or the middle.
  const lanes = new Map<string, number>();
  const brackets = new Map<number, { id: string; y0: number; y1: number }[]>();
  for (const r of [...relationships].sort(
    (p, q) =>
      Math.abs((byId.get(p.from)?.y ?? 0) - (byId.get(p.to)?.y ?? 0)) -
      Math.abs((byId.get(q.from)?.y ?? 0) - (byId.get(q.to)?.y ?? 0)),
  )) {
    const a = byId.get(r.from);
    const b = byId.get(r.to);
    if (!a || !b || !a.visible || !b.visible || a.x !== b.x || !sideOf(a.id)) continue;
    const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    const column = brackets.get(a.x) ?? [];
    let lane = 0;
    while (column.some((o) => lanes.get(o.id) === lane && o.y0 < y1 + 6 && y0 < o.y1 + 6)) lane++;
    column.push({ id: r.id, y0, y1 });
    brackets.set(a.x, column);
    lanes.set(r.id, lane);
  }

  const ports = hubPorts(relationships, byId, shown, sideOf);
  const links: RoutedLink[] = [];
  for (const group of [...pairs.values()].map((g) => outsideIn(g, outer))) {
    group.forEach((rel, i) => {
      const src = { ...byId.get(rel.from)!, ...ports.get(`${rel.id} ${rel.from}`) };
      const dst = { ...byId.get(rel.to)!, ...ports.get(`${rel.id} ${rel.to}`) };
      const visible = shown(rel);
      const others = visible ? obstacles.filter((o) => o.id !== src.id && o.id !== dst.id) : [];
      // Offsets are along the normal of each link's own direction: a link running the other way round
      // the pair (a claim and its denial) takes the opposite offset, so the fan still spreads.
      const way = rel.from === [rel.from, rel.to].sort()[0] ? 1 : -1;
      const fanOffset = (i - (group.length - 1) / 2) * spreadFor(group.length) * way;
      // The route with the fewest nodes in its way, in order of preference.
      let best: { route: Route; through: string[] } | undefined;
      const sa = sideOf(src.id);
      const candidates =
        src.x === dst.x && sa !== 0 && sa === sideOf(dst.id)
          ? bracket(src, dst, -sa, 16 + 6 * (lanes.get(rel.id) ?? 0) + Math.abs(fanOffset) / 2)
          : routes(src, dst, sa, sideOf(dst.id), fanOffset, kx, middle, group.length === 1);
      for (const route of candidates) {
        const through = visible ? hits(route, others) : [];
        if (!best || through.length < best.through.length) best = { route, through };
        if (!through.length) break;
      }
      // Start and end where the route leaves each node's symbol and label.
      const trimmed = trim(best!.route, pad(src.box, 2), pad(dst.box, 3));
      const last = trimmed[trimmed.length - 1];
      const tip = last[3];
      const back = cubicAt(last, 0.97);
      const d = unit(tip.x - back.x, tip.y - back.y);
      const head = 8;
      const base = { x: tip.x - d.x * head, y: tip.y - d.y * head };
      // The line stops inside the arrowhead, so its end never shows past the tip (nor short of its
      // base, where a curve that runs level for long covers much ground in its last stretch of t).
      const drawn = [...trimmed.slice(0, -1), part(last, 0, Math.max(0.05, tAtDistance(last, head * 0.8)))];
      const head3 = [
        tip,
        { x: base.x - d.y * 4, y: base.y + d.x * 4 },
        { x: base.x + d.y * 4, y: base.y - d.x * 4 },
      ];
      const arrow = `M${head3.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z`;
      const marks = [[...head3, tip]];
      let cross: string | undefined;
      if (rel.status === 'denied') {
        const c = at(trimmed, 0.3);
        const k = 5;
        const strokes = [
          [
            { x: c.x - k, y: c.y - k },
            { x: c.x + k, y: c.y + k },
          ],
          [
            { x: c.x - k, y: c.y + k },
            { x: c.x + k, y: c.y - k },
          ],
        ];
        cross = strokes.map(([p, q]) => `M${f(p.x)},${f(p.y)}L${f(q.x)},${f(q.y)}`).join('');
        marks.push(...strokes);
      }
      links.push({
        rel,
        curve: trimmed,
        path: pathOf(drawn),
        arrow,
        cross,
        marks,
        mid: at(trimmed, 0.5),
        visible,
        fan: group.length > 1,
        through: best!.through,
      });
    });
  }
  return links;
}

/**
 * Candidate curves from a to b, best first. A node beside its symbol (side ±1) is joined from the middle
 * of the diagram, the curve leaving or reaching it level, so it never passes the column's other nodes;
 * the centre (side 0) is joined head on. Then the same curves bent more, or to either side.
 */
function routes(
  a: Point,
  b: Point,
  sa: number,
  sb: number,
  fan: number,
  kx: number,
  middle: number,
  /** The only link between its two nodes. */
  alone = true,
): Route[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const n = { x: -dy / len, y: dx / len };
  const out: Route[] = [];
  // Ports: a node with its label on the left is joined from its right, and the other way round.
  const port = (s: number) => -s;
  const same = sa !== 0 && sa === sb;
  // A link between the centre and a column reaches its column node's height soon after the centre and
  // runs level from there: the links fanning out of the centre run parallel, a node's pitch apart,
  // where their labels go, instead of converging all the way in. Parallel links of one pair (a claim
  // and its denial) keep bowing apart as two arcs.
  const hub = (sa === 0) !== (sb === 0) && alone;
  const reach = Math.max(24 * kx, Math.abs(dx));
  // A loop between two nodes of one column reaches into the middle by a share of its height, never as
  // far as the centre.
  const loop = (k: number) => Math.min(Math.max(24, Math.abs(dy) * k), 0.45 * Math.abs(middle - a.x));
  // Pairs of reach at each end: even, then leaving one end level for longer (which moves where the curve
  // crosses the middle towards the other end).
  const shapes: [number, number][] = same
    ? [
        [0.35, 0.35],
        [0.55, 0.55],
        [0.2, 0.2],
        [0.8, 0.8],
      ]
    : hub
      ? [
          [1, 1],
          [0.75, 0.75],
          [0.5, 0.5],
          [0.3, 0.3],
          [0.15, 1.1],
          [1.1, 0.15],
          [0.05, 1.4],
          [1.4, 0.05],
        ]
      : [
          [0.5, 0.5],
          [0.75, 0.75],
          [0.3, 0.3],
          [1, 1],
          [0.15, 1.1],
          [1.1, 0.15],
          [0.05, 1.4],
          [1.4, 0.05],
        ];
  for (const [ka, kb] of shapes) {
    for (const bend of [0, 24, -24, 48, -48, 80, -80]) {
      const o = { x: n.x * (fan + bend), y: n.y * (fan + bend) };
      const c1 =
        sa !== 0
          ? { x: a.x + port(sa) * (same ? loop(ka) : reach * ka) + o.x, y: a.y + o.y }
          : { x: a.x + dx / 3 + o.x * 1.5, y: a.y + dy / 3 + o.y * 1.5 };
      const c2 =
        sb !== 0
          ? { x: b.x + port(sb) * (same ? loop(kb) : reach * kb) + o.x, y: b.y + o.y }
          : { x: b.x - dx / 3 + o.x * 1.5, y: b.y - dy / 3 + o.y * 1.5 };
      out.push([[{ x: a.x, y: a.y }, c1, c2, { x: b.x, y: b.y }]]);
    }
  }
  // Last, curves whose middle is lifted or lowered: where a link across the middle would meet the
  // centre, it crosses above or below it.
  if (!same)
    for (const lift of [40, -40, 80, -80, 140, -140])
      for (const [ka, kb] of shapes.slice(0, 4)) {
        const c1 =
          sa !== 0
            ? { x: a.x + port(sa) * reach * ka, y: a.y + lift }
            : { x: a.x + dx / 3, y: a.y + dy / 3 + lift };
        const c2 =
          sb !== 0
            ? { x: b.x + port(sb) * reach * kb, y: b.y + lift }
            : { x: b.x - dx / 3, y: b.y - dy / 3 + lift };
        out.push([[{ x: a.x, y: a.y }, c1, c2, { x: b.x, y: b.y }]]);
      }
  return out;
}

/** A link between two nodes of one column: out level by `reach` px towards the middle (`dir`), along
 * the column, and back in. */
function bracket(a: Point, b: Point, dir: number, reach: number): Route[] {
  const x = a.x + dir * reach;
  const sign = Math.sign(b.y - a.y) || 1;
  const corner = Math.min(reach, Math.abs(b.y - a.y) / 2);
  const p = { x, y: a.y + sign * corner };
  const q = { x, y: b.y - sign * corner };
  return [
    [
      [{ x: a.x, y: a.y }, { x: a.x + dir * reach * 0.6, y: a.y }, { x, y: a.y + sign * corner * 0.4 }, p],
      line(p, q),
      [q, { x, y: b.y - sign * corner * 0.4 }, { x: a.x + dir * reach * 0.6, y: b.y }, { x: b.x, y: b.y }],
    ],
  ];
}

/**
 * Where each drawn link meets a node in the middle (a centre, side 0): its own point down the side it
 * comes from, in the order of the nodes at their other ends, so that many links into one centre end in
 * arrowheads side by side instead of on one spot. Keyed by relationship id and node id.
 */
function hubPorts(
  relationships: Relationship[],
  byId: Map<string, SceneNode>,
  shown: (rel: Relationship) => boolean,
  sideOf: (id: string) => number,
): Map<string, Point> {
  const sides = new Map<string, { key: string; y: number; order: number }[]>();
  relationships.forEach((r, order) => {
    if (!shown(r) || r.from === r.to) return;
    for (const [hub, other] of [
      [r.from, r.to],
      [r.to, r.from],
    ]) {
      const h = byId.get(hub);
      const o = byId.get(other);
      if (!h || !o || sideOf(hub) !== 0) continue;
      const side = `${hub} ${Math.sign(o.x - h.x)}`;
      sides.set(side, [...(sides.get(side) ?? []), { key: `${r.id} ${hub}`, y: o.y, order }]);
    }
  });
  const out = new Map<string, Point>();
  for (const [side, ends] of sides) {
    const h = byId.get(side.split(' ')[0])!;
    if (ends.length < 2) continue;
    ends.sort((a, b) => a.y - b.y || a.order - b.order);
    // Down the node's side, symbol and label, at most 8 px apart, centred on the symbol when they fit.
    const [top, bottom] = [h.box.y0 + 3, h.box.y1 - 3];
    const gap = Math.min(8, (bottom - top) / (ends.length - 1));
    const first = Math.max(
      top,
      Math.min(h.y - (gap * (ends.length - 1)) / 2, bottom - gap * (ends.length - 1)),
    );
    ends.forEach((e, i) => out.set(e.key, { x: h.x, y: first + gap * i }));
  }
  return out;
}

/** A pair's parallel links in fan order: those `outer` picks (a step's highlighted links) on the outside,
 * where their labels have room beside them, the rest between, each in data order. */
function outsideIn(group: Relationship[], outer: (rel: Relationship) => boolean): Relationship[] {
  const out = group.filter(outer);
  if (!out.length || out.length === group.length) return group;
  const inner = group.filter((r) => !outer(r));
  const half = Math.ceil(out.length / 2);
  return [...out.slice(0, half), ...inner, ...out.slice(half)];
}

/** The parameter on a cubic at `distance` px (straight) from its end, searched between 0 and 1. */
function tAtDistance(c: Cubic, distance: number): number {
  const tip = c[3];
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    const p = cubicAt(c, mid);
    if (Math.hypot(p.x - tip.x, p.y - tip.y) > distance) lo = mid;
    else hi = mid;
  }
  return lo;
}
