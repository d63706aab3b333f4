// Build-time layout of the relationship diagram (run by scripts/prepare-network.ts, never in the browser).
// A seeded force simulation gives a rough arrangement; nodes then snap to a grid whose cells are as wide
// as a label may be, so labels cannot overlap; a few rounds of swaps shorten the links and move nodes
// out of the way of links that would run through them. Same data in, same numbers out.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import type { Entity, Relationship } from '$lib/data/schema';
import type { LayoutVariant, NetworkLayout } from './layout';

export interface GridSpec {
  width: number;
  columns: number;
  rowHeight: number;
  /** Space above the first and below the last row (room for the arrows and the top label). */
  padTop: number;
  padBottom: number;
  /** The grid keeps at least this many free cells per node, so swaps have room to work. */
  slack: number;
  minRows: number;
}

export const wideGrid: GridSpec = {
  width: 1000,
  columns: 7,
  rowHeight: 74,
  padTop: 24,
  padBottom: 40,
  slack: 1.3,
  minRows: 6,
};
export const narrowGrid: GridSpec = {
  width: 360,
  columns: 4,
  rowHeight: 78,
  padTop: 24,
  padBottom: 40,
  slack: 1.15,
  minRows: 8,
};

/** The entity every layout puts in the middle. */
export const centreId = 'tiandy';

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/** Every entity is drawn, even one without links yet: a story step may point at it. */
export function drawnEntities(entities: Entity[], _relationships?: Relationship[]): Entity[] {
  return entities;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Seeds of the force layout's random start; the arrangement with the lowest cost wins. */
const seeds = [0.4242, 0.1357, 0.8642];

export function layoutVariant(
  entities: Entity[],
  relationships: Relationship[],
  spec: GridSpec,
  groups: string[][] = [],
): LayoutVariant {
  let best: { layout: LayoutVariant; cost: number } | undefined;
  for (const seed of seeds) {
    const attempt = arrange(entities, relationships, spec, seed, groups);
    if (!best || attempt.cost < best.cost - 1e-6) best = attempt;
  }
  return best!.layout;
}

function arrange(
  entities: Entity[],
  relationships: Relationship[],
  spec: GridSpec,
  seed: number,
  groups: string[][],
): { layout: LayoutVariant; cost: number } {
  const nodes = drawnEntities(entities, relationships);
  const n = nodes.length;
  const cols = spec.columns;
  const rows = Math.max(spec.minRows, Math.ceil((n * spec.slack) / cols));
  const cw = spec.width / cols;
  const rh = spec.rowHeight;
  const height = spec.padTop + rows * rh + spec.padBottom;
  const cellX = (c: number) => (c + 0.5) * cw;
  const cellY = (r: number) => spec.padTop + (r + 0.5) * rh;

  // 1. Force layout in cell units (1 unit = one cell each way), so distances mean the same on both axes
  // of the grid.
  const random = randomLcg(seed);
  const centre = nodes.find((e) => e.id === centreId) ?? nodes[0];
  const sim: SimNode[] = nodes.map((e) => {
    const pin = e.pin ?? (e.id === centre?.id ? { x: 0.5, y: 0.5 } : undefined);
    const fixed = pin ? { fx: pin.x * cols, fy: pin.y * rows } : {};
    return { id: e.id, x: random() * cols, y: random() * rows, ...fixed };
  });
  const ids = new Set(nodes.map((e) => e.id));
  const links: SimulationLinkDatum<SimNode>[] = relationships
    .filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to)
    .map((r) => ({ source: r.from, target: r.to }));
  // Entities a story step shows together attract weakly, even without a link between them, so each
  // step's subgraph stays compact (and crops small on phones).
  const together = groupPairs(groups, ids);
  const simulation = forceSimulation(sim)
    .randomSource(randomLcg(0.1234))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(1.6),
    )
    .force(
      'together',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(together.map(([a, b]) => ({ source: a, target: b })))
        .id((d) => d.id)
        .distance(2)
        .strength(0.05),
    )
    .force('charge', forceManyBody<SimNode>().strength(-1.2).distanceMax(6))
    .force('collide', forceCollide<SimNode>(0.6))
    .force('x', forceX<SimNode>(cols / 2).strength(0.08))
    .force('y', forceY<SimNode>(rows / 2).strength(0.08 * (cols / rows)))
    .stop();
  for (let i = 0; i < 400; i++) {
    simulation.tick();
    for (const d of sim) {
      d.x = Math.min(cols - 0.5, Math.max(0.5, d.x!));
      d.y = Math.min(rows - 0.5, Math.max(0.5, d.y!));
    }
  }

  // 2. Snap to free cells: the centre and pinned nodes first, then by number of links.
  const degree = new Map<string, number>();
  for (const r of relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const fixedIds = new Set(nodes.filter((e) => e.pin || e.id === centre?.id).map((e) => e.id));
  const order = [...sim].sort(
    (a, b) =>
      Number(fixedIds.has(b.id)) - Number(fixedIds.has(a.id)) ||
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const cellOf = new Map<string, number>(); // node id → cell index r * cols + c
  const taken = new Map<number, string>();
  // With an even number of columns the centre node sits between the two middle cells of its row, at the
  // true centre; both cells are kept empty for it.
  const centreRow = Math.min(rows - 1, Math.floor(rows / 2 - 0.25));
  const between = cols % 2 === 0 && centre && !centre.pin;
  if (between) {
    taken.set(centreRow * cols + cols / 2 - 1, centre.id);
    taken.set(centreRow * cols + cols / 2, centre.id);
  }
  for (const d of order) {
    if (between && d.id === centre.id) {
      cellOf.set(d.id, centreRow * cols + cols / 2 - 1);
      continue;
    }
    let best = -1;
    let bestDist = Infinity;
    for (let cell = 0; cell < rows * cols; cell++) {
      if (taken.has(cell)) continue;
      const c = cell % cols;
      const r = Math.floor(cell / cols);
      const dist = (c + 0.5 - d.x!) ** 2 + (r + 0.5 - d.y!) ** 2;
      if (dist < bestDist - 1e-9) {
        best = cell;
        bestDist = dist;
      }
    }
    cellOf.set(d.id, best);
    taken.set(best, d.id);
  }

  // 3. Improve: swap two nodes or move one to a free cell when that lowers the cost. Fixed nodes stay.
  // Cell centres worked out once: the cost below asks for them millions of times at scale.
  const centrePos = { x: spec.width / 2, y: cellY(centreRow) };
  const cellPos = Array.from({ length: rows * cols }, (_, cell) => ({
    x: cellX(cell % cols),
    y: cellY(Math.floor(cell / cols)),
  }));
  const pos = (cell: number, id?: string) => (between && id === centre.id ? centrePos : cellPos[cell]);
  const edgeList = links.map((l) => {
    const s = l.source as SimNode | string;
    const t = l.target as SimNode | string;
    return [typeof s === 'string' ? s : s.id, typeof t === 'string' ? t : t.id] as const;
  });
  const nodeIds = nodes.map((e) => e.id);
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const multi = new Map<string, number>();
  for (const [a, b] of edgeList) multi.set(pairKey(a, b), (multi.get(pairKey(a, b)) ?? 0) + 1);
  // The cost of the links that touch `moved`, plus every link's pass through a `moved` node: all of the
  // total that can change when only `moved` nodes change cells.
  const linkCost = (a: string, b: string, over: Iterable<string>) => {
    const p = pos(cellOf.get(a)!, a);
    const q = pos(cellOf.get(b)!, b);
    // A node whose area lies wholly beside the link's bounding box cannot be crossed: skipping it gives
    // the same total, in a fraction of the time (this loop is most of the layout's work at scale).
    const minX = Math.min(p.x, q.x);
    const maxX = Math.max(p.x, q.x);
    const minY = Math.min(p.y, q.y);
    const maxY = Math.max(p.y, q.y);
    let total = 0;
    for (const id of over) {
      if (id === a || id === b) continue;
      const m = pos(cellOf.get(id)!, id);
      if (m.x + 0.42 * cw < minX || m.x - 0.42 * cw > maxX || m.y + 0.62 * rh < minY || m.y - 0.2 * rh > maxY)
        continue;
      // A link that runs through another node's cell hides that node's label.
      if (crossesLabel(m, p, q, cw, rh)) total += 6;
    }
    return total;
  };
  const linkLength = (a: string, b: string) => {
    const p = pos(cellOf.get(a)!, a);
    const q = pos(cellOf.get(b)!, b);
    const d = Math.hypot((p.x - q.x) / cw, (p.y - q.y) / rh);
    // Parallel links of one pair need room to fan out.
    return d + ((multi.get(pairKey(a, b)) ?? 0) > 1 && d < 2.5 ? 4 * (2.5 - d) : 0);
  };
  const localCost = (moved: string[]) => {
    let total = 0;
    for (const [a, b] of edgeList) {
      if (moved.includes(a) || moved.includes(b)) total += linkLength(a, b) + linkCost(a, b, nodeIds);
      else total += linkCost(a, b, moved);
    }
    for (const [a, b] of together) {
      if (!moved.includes(a) && !moved.includes(b)) continue;
      const p = pos(cellOf.get(a)!, a);
      const q = pos(cellOf.get(b)!, b);
      total += 0.25 * Math.hypot((p.x - q.x) / cw, (p.y - q.y) / rh);
    }
    return total;
  };
  const movable = nodeIds.filter((id) => !fixedIds.has(id));
  for (let round = 0; round < 12; round++) {
    let improved = false;
    for (const id of movable) {
      const from = cellOf.get(id)!;
      for (let cell = 0; cell < rows * cols; cell++) {
        if (cell === from) continue;
        const other = taken.get(cell);
        if (other && fixedIds.has(other)) continue;
        const moved = other ? [id, other] : [id];
        const before = localCost(moved);
        cellOf.set(id, cell);
        if (other) cellOf.set(other, from);
        if (localCost(moved) < before - 1e-6) {
          taken.delete(from);
          taken.set(cell, id);
          if (other) taken.set(from, other);
          improved = true;
          break;
        }
        cellOf.set(id, from);
        if (other) cellOf.set(other, cell);
      }
    }
    if (!improved) break;
  }

  const out: LayoutVariant['nodes'] = {};
  for (const e of nodes) {
    const p = pos(cellOf.get(e.id)!, e.id);
    out[e.id] = { x: round(p.x), y: round(p.y) };
  }
  return {
    layout: {
      width: spec.width,
      height,
      columns: cols,
      rows,
      cellWidth: round(cw),
      rowHeight: rh,
      nodes: out,
    },
    cost: localCost(nodeIds),
  };
}

/** Whether segment pq crosses the area a node at m takes: its symbol and the label under it. */
function crossesLabel(
  m: { x: number; y: number },
  p: { x: number; y: number },
  q: { x: number; y: number },
  cw: number,
  rh: number,
) {
  const x0 = m.x - 0.42 * cw;
  const x1 = m.x + 0.42 * cw;
  const y0 = m.y - 0.2 * rh;
  const y1 = m.y + 0.62 * rh;
  // Liang–Barsky clipping of the segment against the box.
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (const [pp, qq] of [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ]) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const r = qq / pp;
    if (pp < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Pairs of entities shown together by some group (story step), unique, both drawn. */
function groupPairs(groups: string[][], ids: Set<string>): [string, string][] {
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const g of groups)
    for (const a of g)
      for (const b of g) {
        if (a >= b || !ids.has(a) || !ids.has(b) || seen.has(`${a}|${b}`)) continue;
        seen.add(`${a}|${b}`);
        pairs.push([a, b]);
      }
  return pairs;
}

/**
 * Both layouts. `groups` are the node lists of the story's network steps: entities shown together are
 * kept near each other.
 */
export function computeLayout(
  entities: Entity[],
  relationships: Relationship[],
  groups: string[][] = [],
): NetworkLayout {
  return {
    note: 'Worked out by the build (scripts/prepare-network.ts) from entities.json, relationships.json and the network steps of story.json; never committed. Pin a node with "pin" in entities.json.',
    wide: layoutVariant(entities, relationships, wideGrid, groups),
    narrow: layoutVariant(entities, relationships, narrowGrid, groups),
  };
}
