// The order of each band's nodes, searched for: swaps that keep linked nodes level and links away from the
// centre's height, then a check of what is drawn at each width (scene.ts), with swaps and a few seeded
// random trials while a link still runs through a node. Same data in, same numbers out.
import { randomLcg } from 'd3-random';
import type { Entity, Relationship } from '$lib/data/schema';
import { centreOf, columns, type Band } from './bands';
import { asLayout, place, type Spec } from './place';
import { buildScene } from './scene';

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
export function butterfly(
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
