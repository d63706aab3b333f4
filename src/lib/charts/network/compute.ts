// Build-time layout of the relationship diagram (run by scripts/prepare-network.ts, never in the browser).
// Laid out by meaning: the entity with the most links is the centre, and every other one goes in a band
// worked out from the relationships it takes part in: who reported on it, who pressed for or took action,
// who supplied or ran it (a column on the left, their links running right into the centre), who bought
// from it or used its gear, and who else was acted on (a column on the right, reached by links running
// right). A node's label sits on its column's outer side and links reach it level from the middle, so a
// link never crosses a column; the only node in the middle is the centre, and links are routed around it
// (scene.ts, checked here at the widths the diagram is drawn at). Each band's nodes are ordered to keep
// linked nodes level with each other. Same data in, same numbers out (the few random trials use a seeded
// randomLcg).
import { randomLcg } from 'd3-random';
import type { Entity, Relationship, RelationshipType } from '$lib/data/schema';
import { viewKey, type BandHead, type LayoutVariant, type NetworkLayout } from './layout';
import { buildScene, centreScale, labelRoom, nodeHeight, nodeLines, nodeType, radius } from './scene';

export type Band = 'reporting' | 'acting' | 'supplier' | 'customer' | 'other';

/** Band headings, as the whole diagram prints them. */
export const bandLabels: Record<Band, string> = {
  reporting: 'Reported on it',
  acting: 'Pressed or acted',
  supplier: 'Supplied or ran it',
  customer: 'Bought or used it',
  other: 'Others named',
};

/** Top to bottom in each column: the trade runs across the middle (suppliers, the centre, its customers),
 * with those who reported on it above and those who acted below. */
export const columns: { side: -1 | 1; bands: Band[] }[] = [
  { side: -1, bands: ['reporting', 'supplier', 'acting'] },
  { side: 1, bands: ['customer', 'other'] },
];

// What a relationship says about where its two parties stand. Trade runs from `from` to `to` (a
// distributor's runs the other way): the party upstream of the centre supplied it, the one downstream
// bought from it. Reporting and action say who the `from` party is; being acted on, unless you are the
// centre, puts you among the others. Replies (denies, rebuts) say nothing about the speaker.
const trade = new Set<RelationshipType>([
  'supplies',
  'sells-to',
  'partners-with',
  'awards',
  'contracts-with',
  'ends-business-with',
  'equipment-found-at',
  'operates-office-in',
  'claims-project-at',
  'leads',
]);
const tradeReversed = new Set<RelationshipType>(['distributes']);
const reporting = new Set<RelationshipType>([
  'investigates',
  'reports-on',
  'documents',
  'publishes-claim-of',
]);
const acting = new Set<RelationshipType>([
  'urges-action-on',
  'lists',
  'weighs-sanctions-on',
  'rules-out-sanctions-on',
  'restricts',
]);
/** Where an entity nobody's relationships place goes, by its kind. */
const byKind: Record<Entity['kind'], Band> = {
  media: 'reporting',
  ngo: 'reporting',
  government: 'acting',
  company: 'other',
  person: 'other',
};

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
  head: 0,
  fill: 240,
  minHeight: 170,
  balance: true,
};

const round = (v: number) => Math.round(v * 10) / 10;

function degrees(relationships: Relationship[]) {
  const degree = new Map<string, number>();
  for (const r of relationships) {
    if (r.from === r.to) continue;
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return degree;
}

/** The entity with the most relationships (ties: the first in the data). */
export function centreOf(entities: Entity[], relationships: Relationship[]): string | undefined {
  const degree = degrees(relationships);
  let best: Entity | undefined;
  for (const e of entities) if (!best || (degree.get(e.id) ?? 0) > (degree.get(best.id) ?? 0)) best = e;
  return best?.id;
}

/** Groups of entities joined by relationships, the largest first (ties: data order); loners apart. */
function components(entities: Entity[], relationships: Relationship[]) {
  const ids = new Set(entities.map((e) => e.id));
  const parent = new Map(entities.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let p = parent.get(id)!;
    while (p !== parent.get(p)) p = parent.get(p)!;
    parent.set(id, p);
    return p;
  };
  for (const r of relationships)
    if (ids.has(r.from) && ids.has(r.to) && r.from !== r.to) parent.set(find(r.from), find(r.to));
  const groups = new Map<string, Entity[]>();
  for (const e of entities) groups.set(find(e.id), [...(groups.get(find(e.id)) ?? []), e]);
  const linked = [...groups.values()].filter((g) => g.length > 1);
  const loners = [...groups.values()].filter((g) => g.length === 1).flat();
  linked.sort((a, b) => b.length - a.length || entities.indexOf(a[0]) - entities.indexOf(b[0]));
  return { linked, loners };
}

/**
 * Every entity's band, from the relationships it takes part in (weighed: a tie to the centre of its
 * group counts most), else from its kind. Each group of linked entities has its own centre, its most
 * connected member.
 */
export function bandsOf(entities: Entity[], relationships: Relationship[]): Map<string, Band | 'centre'> {
  const { linked, loners } = components(entities, relationships);
  const out = new Map<string, Band | 'centre'>();
  for (const group of linked) {
    const ids = new Set(group.map((e) => e.id));
    const rels = relationships.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
    const centre = centreOf(group, rels)!;
    const votes = new Map<string, Map<Band, number>>();
    const vote = (id: string, band: Band, weight: number) => {
      if (id === centre) return;
      const v = votes.get(id) ?? new Map<Band, number>();
      v.set(band, (v.get(band) ?? 0) + weight);
      votes.set(id, v);
    };
    for (const r of rels) {
      if (trade.has(r.type) || tradeReversed.has(r.type)) {
        const [up, down] = trade.has(r.type) ? [r.from, r.to] : [r.to, r.from];
        const weight = up === centre || down === centre ? 3 : 1;
        vote(up, 'supplier', weight);
        vote(down, 'customer', weight);
      } else if (reporting.has(r.type) || acting.has(r.type)) {
        vote(r.from, reporting.has(r.type) ? 'reporting' : 'acting', 2);
        vote(r.to, 'other', 1);
      }
    }
    out.set(centre, 'centre');
    for (const e of group) {
      if (e.id === centre) continue;
      const v = votes.get(e.id);
      let band = byKind[e.kind];
      if (v) {
        // Most votes; a tie goes to the band the kind suggests, then to the column order.
        const order = columns.flatMap((c) => c.bands);
        band = [...v.entries()].sort(
          (a, b) =>
            b[1] - a[1] ||
            Number(b[0] === byKind[e.kind]) - Number(a[0] === byKind[e.kind]) ||
            order.indexOf(a[0]) - order.indexOf(b[0]),
        )[0][0];
      }
      out.set(e.id, band);
    }
  }
  for (const e of loners) out.set(e.id, byKind[e.kind]);
  return out;
}

interface Placed {
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
function place(
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

/** How far apart linked nodes sit, and how many links pass the centre's height, for one arrangement. */
function orderCost(
  positions: Record<string, { x: number; y: number }>,
  links: [string, string][],
  centre: string | undefined,
  groups: string[][],
) {
  const c = centre ? positions[centre] : undefined;
  let cost = 0;
  for (const [a, b] of links) {
    const p = positions[a];
    const q = positions[b];
    if (a === centre || b === centre) continue;
    cost += Math.abs(p.y - q.y);
    if (!c) continue;
    if (p.x !== q.x) {
      // A link across the middle that meets the centre's height is likely to run into it.
      const y = (p.y + q.y) / 2;
      if (y > c.y - 30 && y < c.y + 45) cost += 150;
    } else if (Math.min(p.y, q.y) < c.y + 45 && Math.max(p.y, q.y) > c.y - 30) {
      // So is a bracket beside a column that passes the centre's height.
      cost += 300;
    }
  }
  for (const g of groups) {
    const ys = g.map((id) => positions[id]?.y).filter((y): y is number => y !== undefined);
    if (ys.length > 1) cost += 0.15 * (Math.max(...ys) - Math.min(...ys));
  }
  return cost;
}

/** Lays out one group of linked entities (with `extra` loners) as a butterfly. */
function butterfly(
  group: Entity[],
  extra: Entity[],
  relationships: Relationship[],
  bandOf: Map<string, Band | 'centre'>,
  spec: Spec,
  headings: boolean,
  groups: string[][],
) {
  const members = [...group, ...extra];
  const byId = new Map(members.map((e) => [e.id, e]));
  const ids = new Set(byId.keys());
  const rels = relationships.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
  const centre = members.find((e) => bandOf.get(e.id) === 'centre')?.id ?? centreOf(group, rels);
  const links = rels.map((r) => [r.from, r.to] as [string, string]);
  // Columns, bands in column order, members in data order; a pinned entity goes to the column of its
  // x and to the top or bottom of its band by its y.
  const sideOf = (e: Entity) =>
    e.pin ? (e.pin.x < 0.5 ? -1 : 1) : columns.find((c) => c.bands.includes(bandOf.get(e.id) as Band))!.side;
  const order = columns.map((col) => {
    const inCol = members.filter((e) => e.id !== centre && sideOf(e) === col.side);
    const bands = col.bands.filter((b) => inCol.some((e) => bandOf.get(e.id) === b));
    for (const e of inCol)
      if (!bands.includes(bandOf.get(e.id) as Band)) bands.push(bandOf.get(e.id) as Band);
    const ranked = (e: Entity) => (e.pin ? (e.pin.y < 0.5 ? -1 : 1) : 0);
    return {
      side: col.side,
      bands,
      ids: bands.flatMap((b) =>
        inCol
          .filter((e) => bandOf.get(e.id) === b)
          .sort((p, q) => ranked(p) - ranked(q))
          .map((e) => e.id),
      ),
    };
  });
  const localGroups = groups.map((g) => g.filter((id) => ids.has(id))).filter((g) => g.length > 1);
  let centreAt = 0.5;
  const sideOfId = new Map(order.flatMap((c) => c.ids.map((id) => [id, c.side] as const)));
  const pull = { left: 0, right: 0 };
  for (const [a, b] of links) {
    const other = a === centre ? b : b === centre ? a : undefined;
    if (other && sideOfId.get(other) === -1) pull.left++;
    if (other && sideOfId.get(other) === 1) pull.right++;
  }
  const arrange = () => place(byId, centre, order, bandOf, spec, headings, centreAt, pull);
  const cost = () => orderCost(arrange().nodes, links, centre, localGroups);

  // Order each band to keep linked nodes level: swaps of two members of a band, while they help. Pinned
  // members stay where they were put.
  let best = cost();
  const random = randomLcg(0.4242);
  for (let pass = 0; pass < 8; pass++) {
    let improved = false;
    for (const col of order) {
      for (let i = 0; i < col.ids.length; i++)
        for (let j = i + 1; j < col.ids.length; j++) {
          const [a, b] = [col.ids[i], col.ids[j]];
          if (bandOf.get(a) !== bandOf.get(b) || byId.get(a)!.pin || byId.get(b)!.pin) continue;
          [col.ids[i], col.ids[j]] = [b, a];
          const c = cost();
          if (c < best - 1e-6) {
            best = c;
            improved = true;
          } else [col.ids[i], col.ids[j]] = [a, b];
        }
    }
    if (!improved) break;
  }

  // Then check what is drawn at each width. The centre may sit higher or lower than the middle, where
  // fewer links pass its height; a link that still runs through a node has its ends swapped with their
  // band's other members, nearest first, while that helps (then a few seeded random swaps).
  const drawnThrough = () => {
    const layout = asLayout(arrange(), spec);
    const offenders = new Set<string>();
    let count = 0;
    for (const width of spec.drawnAt) {
      const scene = buildScene({
        entities: members,
        relationships: rels,
        layout: { note: '', wide: layout, narrow: layout, centre },
        width: spec.mode === 'wide' ? Math.max(600, width) : Math.min(599, width),
      });
      for (const l of scene.links)
        if (l.through.length) {
          count += l.through.length;
          offenders.add(l.rel.from).add(l.rel.to);
        }
    }
    return { count, offenders };
  };
  let state = drawnThrough();
  for (const at of [0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
    if (!state.count) break;
    const was = centreAt;
    centreAt = at;
    const next = drawnThrough();
    if (next.count < state.count) state = next;
    else centreAt = was;
  }
  const trySwap = (col: (typeof order)[number], i: number, j: number) => {
    const [a, b] = [col.ids[i], col.ids[j]];
    if (i === j || bandOf.get(a) !== bandOf.get(b) || byId.get(a)!.pin || byId.get(b)!.pin) return false;
    [col.ids[i], col.ids[j]] = [b, a];
    const next = drawnThrough();
    if (next.count < state.count) {
      state = next;
      return true;
    }
    [col.ids[i], col.ids[j]] = [a, b];
    return false;
  };
  for (let round = 0; state.count > 0 && round < 3; round++) {
    let improved = false;
    for (const id of [...state.offenders]) {
      const col = order.find((c) => c.ids.includes(id));
      if (!col || !state.count) continue;
      const i = col.ids.indexOf(id);
      const mates = col.ids
        .map((_, j) => j)
        .filter((j) => j !== i)
        .sort((p, q) => Math.abs(p - i) - Math.abs(q - i))
        .slice(0, 8);
      for (const j of mates)
        if (trySwap(col, i, j)) {
          improved = true;
          break;
        }
    }
    if (!improved) break;
  }
  for (let attempt = 0; state.count > 0 && attempt < 30; attempt++) {
    const col = order[Math.floor(random() * order.length)];
    if (col.ids.length < 2) continue;
    trySwap(col, Math.floor(random() * col.ids.length), Math.floor(random() * col.ids.length));
  }
  return { ...arrange(), columns: 3, rows: Math.max(...order.map((c) => c.ids.length), 1) };
}

function asLayout(placed: Omit<Placed, 'columns' | 'rows'> & Partial<Placed>, spec: Spec): LayoutVariant {
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

/** Every group of linked entities as a butterfly, one under the other; loners join the first. */
export function layoutVariant(
  entities: Entity[],
  relationships: Relationship[],
  spec: Spec,
  groups: string[][] = [],
  { headings = true, bandOf = bandsOf(entities, relationships) } = {},
): LayoutVariant {
  const { linked, loners } = components(entities, relationships);
  const parts = linked.length
    ? linked.map((g, i) => butterfly(g, i === 0 ? loners : [], relationships, bandOf, spec, headings, groups))
    : [butterfly([], loners, relationships, bandOf, spec, headings, groups)];
  const nodes: LayoutVariant['nodes'] = {};
  const labelSide: Record<string, number> = {};
  const bands: BandHead[] = [];
  let y = 0;
  for (const [i, p] of parts.entries()) {
    if (i > 0) y += spec.head + spec.pitch; // a clear gap between separate networks
    for (const [id, q] of Object.entries(p.nodes)) nodes[id] = { x: q.x, y: round(q.y + y) };
    Object.assign(labelSide, p.labelSide);
    bands.push(...p.bands.map((b) => ({ ...b, y: round(b.y + y) })));
    y += p.height;
  }
  return asLayout(
    {
      nodes,
      labelSide,
      bands,
      height: y,
      columns: 3,
      rows: Math.max(...parts.map((p) => p.rows)),
    },
    spec,
  );
}

/** Entities ids a story step shows together, those that exist. */
const known = (groups: string[][], ids: Set<string>) =>
  groups.map((g) => g.filter((id) => ids.has(id))).filter((g) => g.length > 0);

/**
 * Both layouts, and a phone layout of its own for each story view. `groups` are the node lists of the
 * story's network steps: in the whole layouts, entities shown together are kept near each other.
 */
export function computeLayout(
  entities: Entity[],
  relationships: Relationship[],
  groups: string[][] = [],
): NetworkLayout {
  const ids = new Set(entities.map((e) => e.id));
  const steps = known(groups, ids);
  const bandOf = bandsOf(entities, relationships);
  const views: Record<string, LayoutVariant> = {};
  for (const g of steps) {
    const key = viewKey(g);
    if (views[key]) continue;
    const members = new Set(g);
    const sub = entities.filter((e) => members.has(e.id));
    const rels = relationships.filter((r) => members.has(r.from) && members.has(r.to));
    // Air for the labels of the links: a column of few nodes is spread over `fill` px.
    const longest = Math.max(
      ...columns.map((c) => sub.filter((e) => c.bands.includes(bandOf.get(e.id) as Band)).length),
    );
    const pitch = Math.min(96, Math.max(viewSpec.pitch, Math.floor(viewSpec.fill / Math.max(1, longest))));
    views[key] = layoutVariant(sub, rels, { ...viewSpec, pitch }, [], { headings: false, bandOf });
  }
  return {
    note: 'Worked out by the build (scripts/prepare-network.ts) from entities.json, relationships.json and the network steps of story.json; never committed. Pin a node with "pin" in entities.json.',
    centre: centreOf(entities, relationships),
    wide: layoutVariant(entities, relationships, wideSpec, steps, { bandOf }),
    narrow: layoutVariant(entities, relationships, narrowSpec, steps, { bandOf }),
    views,
  };
}
