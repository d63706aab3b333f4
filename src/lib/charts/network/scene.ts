// Everything the diagram draws for one width and one view, as plain numbers: node and label boxes, link
// curves, arrowheads and which link labels fit. Pure and cheap (no solver): the positions come from the
// prepared layout; this scales them, routes each link around the nodes it does not join and keeps labels
// from colliding.
import type { Entity, NetworkView, Relationship } from '$lib/data/schema';
// Relative, not $lib: the build-time layout (scripts/prepare-network.ts) loads this with vite.config.ts.
import { formatPartialDate } from '../../ui/format';
import { narrowBelow, viewKey, type LayoutVariant, type NetworkLayout } from './layout';
import { overlaps, pad, type Box } from '../geometry';
import { textWidth, wrapText } from '../text';

export { overlaps, type Box };
export type Emphasis = 'focus' | 'normal' | 'dim';

export interface SceneNode {
  id: string;
  entity: Entity;
  x: number;
  y: number;
  /** Symbol radius. */
  r: number;
  lines: string[];
  /** Where the label's text starts, from the symbol's centre: its anchor and first baseline. */
  text: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** The label's box. */
  label: Box;
  /** Symbol and label together. */
  box: Box;
  visible: boolean;
  emphasis: Emphasis;
}

export interface LinkLabel {
  x: number;
  y: number;
  lines: string[];
  box: Box;
}

export interface SceneLink {
  id: string;
  rel: Relationship;
  /** The curve, trimmed to end at the arrowhead. */
  path: string;
  /** Arrowhead polygon. */
  arrow: string;
  /** A cross on the line for denied links. */
  cross?: string;
  /** Where a card for this link points. */
  anchor: { x: number; y: number };
  label: LinkLabel | null;
  visible: boolean;
  emphasis: Emphasis;
  /** Position in view.reveal, or -1. */
  reveal: number;
  /** True when more links join the same pair of nodes. */
  fan: boolean;
  /** Visible nodes other than its ends whose symbol or label the drawn curve runs through (none, when the
   * layout is right). */
  through: string[];
}

export interface SceneBand {
  label: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface Scene {
  mode: 'wide' | 'narrow';
  width: number;
  /** Height of the drawing; on phones, cropped to the visible part of the layout. */
  height: number;
  /** Shift that brings the visible part to the top (0 unless cropped). Node and link coordinates are
   * uncropped; draw them inside a group translated by this. */
  offsetY: number;
  /** Node label size and line height, px. */
  font: number;
  lineHeight: number;
  /** The entity the diagram is about (drawn larger). */
  centre: string;
  nodes: SceneNode[];
  links: SceneLink[];
  /** Headings of the bands (the whole diagram only). */
  bands: SceneBand[];
  /** From the top of the drawing, what the view is about: its highlighted nodes and links, else all it
   * shows (see pan.ts). Worked out here, because on the page the marks of the last view are still fading
   * out when a frame slides to the new one. */
  focus?: { top: number; bottom: number };
}

export const nodeFont = 12;
export const nodeLine = 14;
/** Node labels in the wide layout squeezed below 80% of its reference width (600–799px). */
export const smallNodeFont = 11;
export const linkFont = 11;
export const linkLine = 13;
export const bandFont = 11;
export const radius = 9;
/** The centre's symbol is this much larger. */
export const centreScale = 1.25;
/** Visible links up to this count all get labels; above it only highlighted and revealed ones do. */
export const labelAll = 14;
/** The widest a label beside its symbol may be. */
const sideLabelMax = { narrow: 150, wide: 220 };
/** Link labels wrap at this width: on phones, the width of the space between the columns. */
const linkLabelWrap = { narrow: 88, wide: 120 };
/** Space kept between the parallel links of one pair: two links bow well apart (a claim and its
 * denial read as two arcs), five fan at 16 px. */
const spreadFor = (count: number) => Math.max(16, Math.min(32, 64 / count));
/** Room kept around the visible part when the phone layout is cropped. */
const cropPad = 16;

export interface SceneInput {
  entities: Entity[];
  relationships: Relationship[];
  layout: NetworkLayout;
  view?: Partial<NetworkView>;
  width: number;
}

/** Picks the name and wraps it; long names fall back to the short name. */
export function nodeLines(
  entity: Entity,
  maxWidth: number,
  mode: 'wide' | 'narrow',
  font = nodeFont,
): string[] {
  const short = entity.shortName;
  const full = wrapText(entity.name, maxWidth, font, 'bold');
  if (short && (mode === 'narrow' || full.length > 2)) return wrapText(short, maxWidth, font, 'bold');
  return full;
}

/** The width a node's label may take at a position (in px) on a drawing `width` px wide. */
export function labelRoom(
  side: number,
  x: number,
  width: number,
  mode: 'wide' | 'narrow',
  cellWidth: number,
  r = radius,
) {
  if (side < 0) return Math.min(x - r - 10, sideLabelMax[mode]);
  if (side > 0) return Math.min(width - x - r - 10, sideLabelMax[mode]);
  return Math.min(cellWidth - 6, 110);
}

/** The font and line height of node labels at a width. */
export function nodeType(width: number, referenceWidth: number) {
  const font = width >= narrowBelow && width / referenceWidth < 0.8 ? smallNodeFont : nodeFont;
  return { font, lineHeight: font + 2 };
}

/** The height a node with `lines` of label takes in its column. */
export const nodeHeight = (lines: number, side: number, lineHeight: number, r = radius) =>
  side === 0 ? 2 * r + 4 + lines * lineHeight : Math.max(2 * r + 2, lines * lineHeight + 2);

const f = (v: number) => Math.round(v * 10) / 10;
const roundBox = (b: Box): Box => ({ x0: f(b.x0), y0: f(b.y0), x1: f(b.x1), y1: f(b.y1) });
const inBox = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;

interface Point {
  x: number;
  y: number;
}
/** A cubic Bézier curve: start, two controls, end. */
type Cubic = [Point, Point, Point, Point];
/** A link's route: cubic pieces end to end (one for most links; a bracket has three). */
type Route = Cubic[];

function cubicAt(c: Cubic, t: number): Point {
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
function at(route: Route, t: number): Point {
  const n = route.length;
  const i = Math.min(n - 1, Math.floor(t * n));
  return cubicAt(route[i], t * n - i);
}

/** The part of a cubic between t0 and t1 (de Casteljau). */
function part(c: Cubic, t0: number, t1: number): Cubic {
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
const line = (p: Point, q: Point): Cubic => [
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
function trim(route: Route, start: Box, end: Box): Route {
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

const unit = (x: number, y: number) => {
  const l = Math.hypot(x, y) || 1;
  return { x: x / l, y: y / l };
};

/** Nodes among `obstacles` that the route runs through (its first and last 2% aside). */
function hits(route: Route, obstacles: { id: string; boxes: Box[] }[]) {
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

const pathOf = (route: Route) =>
  `M${f(route[0][0].x)},${f(route[0][0].y)}` +
  route.map((c) => `C${f(c[1].x)},${f(c[1].y)} ${f(c[2].x)},${f(c[2].y)} ${f(c[3].x)},${f(c[3].y)}`).join('');

/** The variant a view is drawn from: on phones, the view's own layout when the build made one. */
export function variantFor(layout: NetworkLayout, view: Partial<NetworkView>, width: number) {
  const mode: 'wide' | 'narrow' = width < narrowBelow ? 'narrow' : 'wide';
  const own = mode === 'narrow' && view.nodes ? layout.views?.[viewKey(view.nodes)] : undefined;
  return { mode, variant: own ?? layout[mode], own: !!own };
}

export function buildScene({ entities, relationships, layout, view = {}, width }: SceneInput): Scene {
  const { mode, variant, own } = variantFor(layout, view, width);
  const kx = width / variant.width;
  const height = variant.height;
  const shown = view.nodes ? new Set(view.nodes) : null;
  const highlight = new Set(view.highlight ?? []);
  const reveal = view.reveal ?? [];
  const { font, lineHeight } = nodeType(width, variant.width);
  const centre = layout.centre ?? 'tiandy';

  // Highlighted relationship ids win; otherwise a highlighted entity lights up its own links. Nodes at
  // the ends of lit links stay at full strength; everything else dims.
  const relIds = relationships.filter((r) => highlight.has(r.id));
  const focusLink = (r: Relationship) =>
    relIds.length ? highlight.has(r.id) : highlight.has(r.from) || highlight.has(r.to);
  const litNodes = new Set<string>();
  for (const r of relationships) if (focusLink(r)) litNodes.add(r.from).add(r.to);
  const emphasis = (focus: boolean): Emphasis => (focus ? 'focus' : highlight.size ? 'dim' : 'normal');
  const nodeEmphasis = (id: string): Emphasis =>
    highlight.has(id) ? 'focus' : litNodes.has(id) || !highlight.size ? 'normal' : 'dim';

  const nodes: SceneNode[] = [];
  const sides = new Map<string, number>();
  for (const entity of entities) {
    const pos = variant.nodes[entity.id];
    if (!pos) continue; // not in this layout: not drawn
    const side = variant.labelSide?.[entity.id] ?? 0;
    sides.set(entity.id, side);
    const x = f(pos.x * kx);
    const y = pos.y;
    const r = entity.id === centre ? radius * centreScale : radius;
    const lines = nodeLines(entity, labelRoom(side, x, width, mode, variant.cellWidth * kx, r), mode, font);
    const w = Math.max(...lines.map((l) => textWidth(l, font, 'bold')));
    const h = lines.length * lineHeight;
    // Symbols reach a little past r (a diamond 1.15r, a triangle 1.2r).
    const mark = { x0: x - r * 1.2, y0: y - r * 1.2, x1: x + r * 1.2, y1: y + r * 1.2 };
    let label: Box;
    let text: SceneNode['text'];
    if (side === 0) {
      const top = y + r + 3;
      label = { x0: x - w / 2 - 2, y0: top, x1: x + w / 2 + 2, y1: top + h + 3 };
      text = { x: 0, y: r + 3 + font, anchor: 'middle' };
    } else {
      // Beside the symbol, away from the middle, the lines centred on it.
      const gap = r + 5;
      const x0 = side < 0 ? x - gap - w - 2 : x + gap - 2;
      label = { x0, y0: y - h / 2 - 1, x1: x0 + w + 4, y1: y + h / 2 + 1 };
      text = {
        x: side * gap,
        y: f(-h / 2 + lineHeight / 2 + font * 0.35),
        anchor: side < 0 ? 'end' : 'start',
      };
    }
    label = roundBox(label);
    const box = {
      x0: Math.min(label.x0, mark.x0),
      y0: Math.min(label.y0, mark.y0),
      x1: Math.max(label.x1, mark.x1),
      y1: Math.max(label.y1, mark.y1),
    };
    nodes.push({
      id: entity.id,
      entity,
      x,
      y,
      r,
      lines,
      text,
      label,
      box,
      visible: !shown || shown.has(entity.id),
      emphasis: nodeEmphasis(entity.id),
    });
  }
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
    if (!a || !b || !a.visible || !b.visible || a.x !== b.x || !sides.get(a.id)) continue;
    const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    const column = brackets.get(a.x) ?? [];
    let lane = 0;
    while (column.some((o) => lanes.get(o.id) === lane && o.y0 < y1 + 6 && y0 < o.y1 + 6)) lane++;
    column.push({ id: r.id, y0, y1 });
    brackets.set(a.x, column);
    lanes.set(r.id, lane);
  }

  const links: SceneLink[] = [];
  const curves = new Map<string, Route>();
  const middle = byId.get(centre)?.x ?? width / 2;
  for (const group of pairs.values()) {
    group.forEach((rel, i) => {
      const src = byId.get(rel.from)!;
      const dst = byId.get(rel.to)!;
      const visible = src.visible && dst.visible;
      const others = visible ? obstacles.filter((o) => o.id !== src.id && o.id !== dst.id) : [];
      const fanOffset = (i - (group.length - 1) / 2) * spreadFor(group.length);
      // The route with the fewest nodes in its way, in order of preference.
      let best: { route: Route; through: string[] } | undefined;
      const sa = sides.get(src.id)!;
      const candidates =
        src.x === dst.x && sa !== 0 && sa === sides.get(dst.id)
          ? bracket(src, dst, -sa, 16 + 6 * (lanes.get(rel.id) ?? 0) + Math.abs(fanOffset) / 2)
          : routes(src, dst, sa, sides.get(dst.id)!, fanOffset, kx, middle);
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
      // The line stops inside the arrowhead, so its end never shows past the tip.
      const lastLength = Math.hypot(last[3].x - last[0].x, last[3].y - last[0].y) || 1;
      const drawn = [...trimmed.slice(0, -1), part(last, 0, Math.max(0.05, 1 - (head * 0.8) / lastLength))];
      const arrow = `M${f(tip.x)},${f(tip.y)}L${f(base.x - d.y * 4)},${f(base.y + d.x * 4)}L${f(base.x + d.y * 4)},${f(base.y - d.x * 4)}Z`;
      const mid = at(trimmed, 0.5);
      let cross: string | undefined;
      if (rel.status === 'denied') {
        const c = at(trimmed, 0.3);
        const k = 5;
        cross = `M${f(c.x - k)},${f(c.y - k)}L${f(c.x + k)},${f(c.y + k)}M${f(c.x - k)},${f(c.y + k)}L${f(c.x + k)},${f(c.y - k)}`;
      }
      curves.set(rel.id, trimmed);
      links.push({
        id: rel.id,
        rel,
        path: pathOf(drawn),
        arrow,
        cross,
        anchor: { x: f(mid.x), y: f(mid.y) },
        label: null,
        visible,
        emphasis: emphasis(focusLink(rel)),
        reveal: reveal.indexOf(rel.id),
        fan: group.length > 1,
        through: best!.through,
      });
    });
  }
  // Data order, so the markup (and tab order) follows relationships.json.
  const order = new Map(relationships.map((r, i) => [r.id, i]));
  links.sort((p, q) => order.get(p.id)! - order.get(q.id)!);

  placeLinkLabels(links, curves, nodes, { width, height, highlight, wrap: linkLabelWrap[mode] });

  // Phones: crop the tall layout to what the view shows, so a step's subgraph fits a sticky screen (a
  // view with a layout of its own is already as small as it can be).
  let top = 0;
  let bottom = height;
  if (mode === 'narrow' && shown && !own) {
    const boxes = [
      ...nodes.filter((n) => n.visible).map((n) => n.box),
      ...links.filter((l) => l.visible && l.label).map((l) => l.label!.box),
    ];
    if (boxes.length) {
      top = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.y0)) - cropPad));
      bottom = Math.min(height, Math.ceil(Math.max(...boxes.map((b) => b.y1)) + cropPad));
    }
  }
  // Highlighted nodes and links, and the nodes those links join.
  const lit = (e: Emphasis) => e === 'focus';
  const litLinks = links.filter((l) => l.visible && lit(l.emphasis));
  const ends = new Set(litLinks.flatMap((l) => [l.rel.from, l.rel.to]));
  const focused = [
    ...nodes.filter((n) => n.visible && (lit(n.emphasis) || ends.has(n.id))).map((n) => n.box),
    ...litLinks.filter((l) => l.label).map((l) => l.label!.box),
  ];
  const inView = focused.length
    ? focused
    : [
        ...nodes.filter((n) => n.visible).map((n) => n.box),
        ...links.filter((l) => l.visible && l.label).map((l) => l.label!.box),
      ];
  const focus = inView.length
    ? {
        top: Math.floor(Math.min(...inView.map((b) => b.y0)) - top),
        bottom: Math.ceil(Math.max(...inView.map((b) => b.y1)) - top),
      }
    : undefined;
  const bands: SceneBand[] = shown
    ? []
    : (variant.bands ?? []).map((b) => ({
        label: b.label,
        x: f(b.x * kx + (b.side < 0 ? radius * 1.2 : -radius * 1.2)),
        y: b.y,
        anchor: b.side < 0 ? 'end' : 'start',
      }));
  return {
    mode,
    width,
    height: bottom - top,
    offsetY: -top,
    font,
    lineHeight,
    centre,
    nodes,
    links,
    bands,
    focus,
  };
}

/**
 * Candidate curves from a to b, best first. A node beside its symbol (side ±1) is joined from the middle
 * of the diagram, the curve leaving or reaching it level, so it never passes the column's other nodes;
 * the centre (side 0) is joined head on. Then the same curves bent more, or to either side.
 */
function routes(
  a: SceneNode,
  b: SceneNode,
  sa: number,
  sb: number,
  fan: number,
  kx: number,
  middle: number,
): Route[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const n = { x: -dy / len, y: dx / len };
  const out: Route[] = [];
  // Ports: a node with its label on the left is joined from its right, and the other way round.
  const port = (s: number) => -s;
  const same = sa !== 0 && sa === sb;
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
function bracket(a: SceneNode, b: SceneNode, dir: number, reach: number): Route[] {
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

/** The date as a link's label adds it: none when the label already names the year ("award, 2019"). */
export const linkDate = (rel: Relationship) =>
  rel.date && !rel.label.includes(rel.date.slice(0, 4)) ? formatPartialDate(rel.date) : undefined;

const labelLines = new Map<number, WeakMap<Relationship, string[]>>();

/** A link label's lines: its words wrapped, then its date. Worked out once per relationship and width,
 * because every step's scene asks again for the same ones. */
export function linkLabelLines(rel: Relationship, wrap = linkLabelWrap.wide): string[] {
  let memo = labelLines.get(wrap);
  if (!memo) labelLines.set(wrap, (memo = new WeakMap()));
  let lines = memo.get(rel);
  if (!lines) {
    const words = wrapText(rel.label, wrap, linkFont, 'bold');
    const date = linkDate(rel);
    lines = date ? [...words, date] : words;
    memo.set(rel, lines);
  }
  return lines;
}

/** Greedy: highlighted, then revealed, then other links take the first spot along their curve that
 * collides with no visible node and no label already placed; a link with no free spot goes unlabelled
 * (its card still says everything). */
function placeLinkLabels(
  links: SceneLink[],
  curves: Map<string, Route>,
  nodes: SceneNode[],
  { width, height, highlight, wrap }: { width: number; height: number; highlight: Set<string>; wrap: number },
) {
  const visible = links.filter((l) => l.visible);
  const all = visible.length <= labelAll;
  const candidates = visible
    .filter((l) => all || l.emphasis === 'focus' || l.reveal >= 0 || highlight.has(l.id))
    .sort(
      (a, b) =>
        Number(b.emphasis === 'focus') - Number(a.emphasis === 'focus') ||
        (a.reveal < 0 ? 1e6 : a.reveal) - (b.reveal < 0 ? 1e6 : b.reveal),
    );
  const taken: Box[] = nodes.filter((n) => n.visible).map((n) => pad(n.box, 2));
  for (const l of candidates) {
    const c = curves.get(l.id)!;
    const lines = linkLabelLines(l.rel, wrap);
    const w = Math.max(...lines.map((s) => textWidth(s, linkFont, 'bold'))) + 6;
    const h = lines.length * linkLine + 4;
    // On the line first, then beside it (links that share a pair further out: the fan makes clear which).
    const [from, to] = [c[0][0], c[c.length - 1][3]];
    const n = unit(-(to.y - from.y), to.x - from.x);
    const sides = l.fan ? [0, 1, -1, 2, -2, 3, -3] : [0, 0.5, -0.5];
    const spots = sides.flatMap((side) =>
      [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85].map((t) => {
        const q = at(c, t);
        const shift = side * (h / 2 + 2);
        return { x: q.x + n.x * shift, y: q.y + n.y * shift };
      }),
    );
    for (const p of spots) {
      const box = roundBox({ x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 });
      if (box.x0 < 1 || box.y0 < 1 || box.x1 > width - 1 || box.y1 > height - 1) continue;
      if (taken.some((b) => overlaps(b, box))) continue;
      l.label = { x: f(p.x), y: f(p.y), lines, box };
      l.anchor = { x: f(p.x), y: f(p.y) };
      taken.push(pad(box, 1));
      break;
    }
  }
}
