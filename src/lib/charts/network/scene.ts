// Everything the diagram draws for one width and one view, as plain numbers: node and label boxes, link
// curves, arrowheads and which link labels fit. Pure and cheap (no solver): the positions come from the
// prepared layout; this only scales them and keeps labels from colliding.
import type { Entity, NetworkView, Relationship } from '$lib/data/schema';
import { formatPartialDate } from '$lib/ui/format';
import { narrowBelow, type LayoutVariant, type NetworkLayout } from './layout';
import { textWidth, wrapText } from './text';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export type Emphasis = 'focus' | 'normal' | 'dim';

export interface SceneNode {
  id: string;
  entity: Entity;
  x: number;
  y: number;
  lines: string[];
  /** The label's box (the text is centred under the symbol). */
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
  nodes: SceneNode[];
  links: SceneLink[];
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
export const radius = 9;
/** Visible links up to this count all get labels; above it only highlighted and revealed ones do. */
export const labelAll = 14;
/** Space kept between the parallel links of one pair. */
const spread = 18;
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

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const pad = (b: Box, p: number): Box => ({ x0: b.x0 - p, y0: b.y0 - p, x1: b.x1 + p, y1: b.y1 + p });
const f = (v: number) => Math.round(v * 10) / 10;
const roundBox = (b: Box): Box => ({ x0: f(b.x0), y0: f(b.y0), x1: f(b.x1), y1: f(b.y1) });

/** Where a ray from (x, y) in direction (dx, dy) leaves box b (the ray starts inside). */
function exitDistance(x: number, y: number, dx: number, dy: number, b: Box) {
  const tx = dx > 0 ? (b.x1 - x) / dx : dx < 0 ? (b.x0 - x) / dx : Infinity;
  const ty = dy > 0 ? (b.y1 - y) / dy : dy < 0 ? (b.y0 - y) / dy : Infinity;
  return Math.max(0, Math.min(tx, ty));
}

export function buildScene({ entities, relationships, layout, view = {}, width }: SceneInput): Scene {
  const mode = width < narrowBelow ? 'narrow' : 'wide';
  const variant: LayoutVariant = layout[mode];
  const kx = width / variant.width;
  const height = variant.height;
  const shown = view.nodes ? new Set(view.nodes) : null;
  const highlight = new Set(view.highlight ?? []);
  const reveal = view.reveal ?? [];
  const font = mode === 'wide' && kx < 0.8 ? smallNodeFont : nodeFont;
  const lineHeight = font + 2;
  const maxLabel = Math.min(variant.cellWidth * kx - 6, 180);

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
  for (const entity of entities) {
    const at = variant.nodes[entity.id];
    if (!at) continue; // not in any relationship: not drawn
    const x = f(at.x * kx);
    const y = at.y;
    const lines = nodeLines(entity, maxLabel, mode, font);
    const w = Math.max(...lines.map((l) => textWidth(l, font, 'bold')));
    const top = y + radius + 3;
    const label = roundBox({
      x0: x - w / 2 - 2,
      y0: top,
      x1: x + w / 2 + 2,
      y1: top + lines.length * lineHeight + 3,
    });
    const box = {
      x0: Math.min(label.x0, x - radius),
      y0: y - radius,
      x1: Math.max(label.x1, x + radius),
      y1: label.y1,
    };
    nodes.push({
      id: entity.id,
      entity,
      x,
      y,
      lines,
      label,
      box,
      visible: !shown || shown.has(entity.id),
      emphasis: nodeEmphasis(entity.id),
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Parallel links of one pair fan out around the straight line, in data order.
  const pairs = new Map<string, Relationship[]>();
  for (const r of relationships) {
    if (!byId.has(r.from) || !byId.has(r.to) || r.from === r.to) continue;
    const key = [r.from, r.to].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }

  const links: SceneLink[] = [];
  for (const group of pairs.values()) {
    group.forEach((rel, i) => {
      const [lo, hi] = [rel.from, rel.to].sort();
      const a = byId.get(lo)!;
      const b = byId.get(hi)!;
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const nx = -(b.y - a.y) / len;
      const ny = (b.x - a.x) / len;
      const src = byId.get(rel.from)!;
      const dst = byId.get(rel.to)!;
      let offset = (i - (group.length - 1) / 2) * Math.min(spread, len / (2 * group.length));
      // A lone link that would run through a node it does not join bends around it (the fewest
      // crossings wins; ties go to the smaller bend).
      if (group.length === 1 && src.visible && dst.visible) {
        const others = nodes.filter((n) => n.visible && n !== src && n !== dst).map((n) => pad(n.box, 3));
        let fewest = Infinity;
        for (const bend of [0, 28, -28, 48, -48, 70, -70]) {
          const hits = crossings(a, b, nx, ny, bend, others);
          if (hits < fewest) {
            fewest = hits;
            offset = bend;
          }
          if (hits === 0) break;
        }
      }
      const cx = (a.x + b.x) / 2 + nx * offset * 2;
      const cy = (a.y + b.y) / 2 + ny * offset * 2;
      // Start and end where the curve leaves each node's symbol and label.
      const u0 = unit(cx - src.x, cy - src.y);
      const s = exitDistance(src.x, src.y, u0.x, u0.y, pad(src.box, 2));
      const u1 = unit(cx - dst.x, cy - dst.y);
      const e = exitDistance(dst.x, dst.y, u1.x, u1.y, pad(dst.box, 3));
      const sx = src.x + u0.x * s;
      const sy = src.y + u0.y * s;
      const tipX = dst.x + u1.x * e;
      const tipY = dst.y + u1.y * e;
      const head = 8;
      const ex = tipX + u1.x * head * 0.8;
      const ey = tipY + u1.y * head * 0.8;
      const path = offset
        ? `M${f(sx)},${f(sy)}Q${f(cx)},${f(cy)} ${f(ex)},${f(ey)}`
        : `M${f(sx)},${f(sy)}L${f(ex)},${f(ey)}`;
      const bx = tipX + u1.x * head;
      const by = tipY + u1.y * head;
      const arrow = `M${f(tipX)},${f(tipY)}L${f(bx - u1.y * 4)},${f(by + u1.x * 4)}L${f(bx + u1.y * 4)},${f(by - u1.x * 4)}Z`;
      const mid = quad(sx, sy, cx, cy, ex, ey, 0.5);
      let cross: string | undefined;
      if (rel.status === 'denied') {
        const c = quad(sx, sy, cx, cy, ex, ey, 0.3);
        const k = 5;
        cross = `M${f(c.x - k)},${f(c.y - k)}L${f(c.x + k)},${f(c.y + k)}M${f(c.x - k)},${f(c.y + k)}L${f(c.x + k)},${f(c.y - k)}`;
      }
      links.push({
        id: rel.id,
        rel,
        path,
        arrow,
        cross,
        anchor: mid,
        label: null,
        visible: src.visible && dst.visible,
        emphasis: emphasis(focusLink(rel)),
        reveal: reveal.indexOf(rel.id),
        fan: group.length > 1,
        // kept for label placement below
        ...{ curve: [sx, sy, cx, cy, ex, ey] },
      } as SceneLink);
    });
  }
  // Data order, so the markup (and tab order) follows relationships.json.
  const order = new Map(relationships.map((r, i) => [r.id, i]));
  links.sort((p, q) => order.get(p.id)! - order.get(q.id)!);

  placeLinkLabels(links, nodes, { width, height, highlight });
  for (const l of links) delete (l as SceneLink & { curve?: number[] }).curve;

  // Phones: crop the tall layout to what the view shows, so a step's subgraph fits a sticky screen.
  let top = 0;
  let bottom = height;
  if (mode === 'narrow' && shown) {
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
  return { mode, width, height: bottom - top, offsetY: -top, font, lineHeight, nodes, links, focus };
}

/** How many boxes the curve from a to b, bent by `bend` px at its middle, runs through. */
function crossings(
  a: { x: number; y: number },
  b: { x: number; y: number },
  nx: number,
  ny: number,
  bend: number,
  boxes: Box[],
) {
  const cx = (a.x + b.x) / 2 + nx * bend * 2;
  const cy = (a.y + b.y) / 2 + ny * bend * 2;
  let hits = 0;
  for (const box of boxes) {
    for (let t = 0.08; t < 0.93; t += 0.04) {
      const p = quad(a.x, a.y, cx, cy, b.x, b.y, t);
      if (p.x > box.x0 && p.x < box.x1 && p.y > box.y0 && p.y < box.y1) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

function unit(x: number, y: number) {
  const l = Math.hypot(x, y) || 1;
  return { x: x / l, y: y / l };
}

function quad(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number, t: number) {
  const u = 1 - t;
  return { x: u * u * x0 + 2 * u * t * cx + t * t * x1, y: u * u * y0 + 2 * u * t * cy + t * t * y1 };
}

/** The date as a link's label adds it: none when the label already names the year ("award, 2019"). */
export const linkDate = (rel: Relationship) =>
  rel.date && !rel.label.includes(rel.date.slice(0, 4)) ? formatPartialDate(rel.date) : undefined;

const labelLines = new WeakMap<Relationship, string[]>();

/** A link label's lines: its words wrapped, then its date. Worked out once per relationship, because
 * every step's scene asks again for the same ones. */
export function linkLabelLines(rel: Relationship): string[] {
  let lines = labelLines.get(rel);
  if (!lines) {
    const words = wrapText(rel.label, 120, linkFont, 'bold');
    const date = linkDate(rel);
    lines = date ? [...words, date] : words;
    labelLines.set(rel, lines);
  }
  return lines;
}

/** Greedy: highlighted, then revealed, then other links take the first spot along their curve that
 * collides with no visible node and no label already placed; a link with no free spot goes unlabelled
 * (its card still says everything). */
function placeLinkLabels(
  links: SceneLink[],
  nodes: SceneNode[],
  { width, height, highlight }: { width: number; height: number; highlight: Set<string> },
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
    const [x0, y0, cx, cy, x1, y1] = (l as SceneLink & { curve: number[] }).curve;
    const lines = linkLabelLines(l.rel);
    const w = Math.max(...lines.map((s) => textWidth(s, linkFont, 'bold'))) + 6;
    const h = lines.length * linkLine + 4;
    // On the line first; links that share a pair may also sit beside it (the fan makes clear which).
    const n = unit(-(y1 - y0), x1 - x0);
    const sides = l.fan ? [0, 1, -1, 2, -2] : [0];
    const spots = sides.flatMap((side) =>
      [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75].map((t) => {
        const q = quad(x0, y0, cx, cy, x1, y1, t);
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
