// Where one group's nodes go for a given order of its columns: each column's nodes top to bottom, as far
// apart as their labels need at the widths the diagram is drawn at, the centre between the columns. The
// specs say how wide and how tightly each variant is laid out.
import type { Entity } from '$lib/data/schema';
import { round1 as round } from '../geometry';
import { bandLabels, type Band } from './bands';
import type { BandHead, LayoutVariant } from './layout';
import { centreScale, labelRoom, nodeHeight, nodeLines, nodeType, radius } from './nodes';

export interface Spec {
  /** Reference width. */
  width: number;
  /** The columns' symbol x, and the centre's, in reference units. */
  left: number;
  right: number;
  middle: number;
  /** The narrowest and widest the diagram is drawn at with this variant (px): labels are wrapped at each
   * to find the room they need, and crossings are checked at each. */
  drawnAt: number[];
  /** Least distance between two nodes of a column, and the gap between their labels. */
  pitch: number;
  gap: number;
  padTop: number;
  padBottom: number;
  /** Room for a band heading. */
  head: number;
  mode: 'wide' | 'narrow';
  /** The least height of the drawing's middle (a step with one node a side still leaves its links'
   * labels room above and below them). */
  minHeight?: number;
  /** Lean the centre towards the side with fewer links to it. */
  balance?: boolean;
}

export const wideSpec: Spec = {
  width: 1000,
  left: 330,
  right: 670,
  middle: 500,
  drawnAt: [600, 720, 1000, 1280],
  pitch: 30,
  gap: 8,
  padTop: 12,
  padBottom: 24,
  head: 24,
  mode: 'wide',
};
export const narrowSpec: Spec = {
  width: 360,
  left: 122,
  right: 238,
  middle: 180,
  drawnAt: [320, 336, 360, 599],
  pitch: 34,
  gap: 8,
  padTop: 12,
  padBottom: 24,
  head: 24,
  mode: 'narrow',
};
/** A story step's own phone layout: a few nodes, with air between them for the links' labels (the pitch
 * grows for a step with few nodes, up to `fill` px for the longest column). */
export const viewSpec: Spec & { fill: number } = {
  ...narrowSpec,
  left: 104,
  right: 256,
  pitch: 44,
  gap: 12,
  // Less paper under the last node than the whole diagram keeps: a phone's graphic has no room to spare.
  padBottom: 12,
  head: 0,
  fill: 240,
  minHeight: 170,
  balance: true,
};

export interface Placed {
  nodes: Record<string, { x: number; y: number }>;
  labelSide: Record<string, number>;
  bands: BandHead[];
  height: number;
  columns: number;
  rows: number;
}

const rooms = new WeakMap<Spec, WeakMap<Entity, Map<string, number>>>();

/** The room (px) a node's label takes in its column at the widths the variant is drawn at. */
function roomFor(entity: Entity, side: number, spec: Spec, isCentre: boolean) {
  let bySpec = rooms.get(spec);
  if (!bySpec) rooms.set(spec, (bySpec = new WeakMap()));
  let byEntity = bySpec.get(entity);
  if (!byEntity) bySpec.set(entity, (byEntity = new Map()));
  const key = `${side} ${isCentre}`;
  const known = byEntity.get(key);
  if (known !== undefined) return known;
  let h = 0;
  for (const width of spec.drawnAt) {
    const kx = width / spec.width;
    const { font, lineHeight } = nodeType(width, spec.width);
    const x = (side < 0 ? spec.left : side > 0 ? spec.right : spec.middle) * kx;
    const r = isCentre ? radius * centreScale : radius;
    const room = labelRoom(side, x, width, spec.mode, (spec.right - spec.left) * kx, r);
    const lines = nodeLines(entity, room, spec.mode, font).length;
    h = Math.max(h, nodeHeight(lines, side, lineHeight, r));
  }
  byEntity.set(key, h);
  return h;
}

/**
 * One group's butterfly: the centre in the middle, the bands down the two columns. `order` gives each
 * column's ids top to bottom (bands in column order); returns positions from y = 0.
 */
export function place(
  byId: Map<string, Entity>,
  centre: string | undefined,
  order: { side: -1 | 1; ids: string[]; bands: Band[] }[],
  bandOf: Map<string, Band | 'centre'>,
  spec: Spec,
  headings: boolean,
  centreAt = 0.5,
  pull = { left: 0, right: 0 },
) {
  const heights = order.map((col) => {
    let y = 0;
    let last: Band | undefined;
    const ys: number[] = [];
    const heads: { band: Band; y: number }[] = [];
    col.ids.forEach((id, i) => {
      const band = bandOf.get(id) as Band;
      const h = roomFor(byId.get(id)!, col.side, spec, false);
      if (headings && band !== last) {
        if (i > 0) y += spec.gap;
        heads.push({ band, y: y + spec.head - 9 });
        y += spec.head;
      }
      last = band;
      const step = Math.max(h, spec.pitch - spec.gap);
      ys.push(y + step / 2);
      y += step + spec.gap;
    });
    return { ys, heads, height: Math.max(0, y - spec.gap) };
  });
  const tallest = Math.max(0, ...heights.map((h) => h.height));
  const centreH = centre ? roomFor(byId.get(centre)!, 0, spec, true) : 0;
  const inner = Math.max(tallest, centreH + 2 * spec.gap, spec.minHeight ?? 0);
  const nodes: Placed['nodes'] = {};
  const labelSide: Placed['labelSide'] = {};
  const bands: BandHead[] = [];
  const sidesUsed = order.filter((c) => c.ids.length).map((c) => c.side);
  order.forEach((col, k) => {
    // The shorter column is centred on the taller one.
    const shift = (inner - heights[k].height) / 2;
    const x = col.side < 0 ? spec.left : spec.right;
    col.ids.forEach((id, i) => {
      nodes[id] = { x, y: round(heights[k].ys[i] + shift) };
      labelSide[id] = col.side;
    });
    for (const h of heights[k].heads)
      bands.push({ band: h.band, label: bandLabels[h.band], x, y: round(h.y + shift), side: col.side });
  });
  if (centre) {
    // With one column empty the centre moves towards it, leaving the links' labels more room.
    // A step's own layout also leans the centre away from the side with more links to it (Heathrow's
    // claim and denial get the room that the unlinked UK government does not need).
    const inset = spec.width * 0.2;
    const span = spec.right - spec.left;
    const lean = (pull.left + 1) / (pull.left + pull.right + 2);
    const middle =
      sidesUsed.length === 1
        ? sidesUsed[0] < 0
          ? spec.width - inset
          : inset
        : spec.balance
          ? spec.left + span * Math.min(0.7, Math.max(0.3, lean))
          : spec.middle;
    const r = radius * centreScale;
    nodes[centre] = {
      x: middle,
      y: round(Math.min(Math.max(inner * centreAt, r), inner - centreH + r) - (centreH - 2 * r) / 2),
    };
    labelSide[centre] = 0;
  }
  return { nodes, labelSide, bands, height: inner };
}

/** The placed nodes as a layout variant, below the spec's top padding. */
export function asLayout(
  placed: Omit<Placed, 'columns' | 'rows'> & Partial<Placed>,
  spec: Spec,
): LayoutVariant {
  return {
    width: spec.width,
    height: Math.ceil(spec.padTop + placed.height + spec.padBottom),
    columns: placed.columns ?? 3,
    rows: placed.rows ?? 1,
    cellWidth: spec.right - spec.left,
    rowHeight: spec.pitch,
    nodes: Object.fromEntries(
      Object.entries(placed.nodes).map(([id, p]) => [id, { x: p.x, y: round(p.y + spec.padTop) }]),
    ),
    labelSide: placed.labelSide,
    bands: placed.bands.map((b) => ({ ...b, y: round(b.y + spec.padTop) })),
  };
}
