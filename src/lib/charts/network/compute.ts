// Build-time layout of the relationship diagram (run by scripts/prepare-network.ts, never in the browser).
// Laid out by meaning: the entity with the most links is the centre, and every other one goes in a band
// worked out from the relationships it takes part in (bands.ts), down a column on the left or the right.
// A node's label sits on its column's outer side and links reach it level from the middle, so a link
// never crosses a column; the only node in the middle is the centre, and links are routed around it
// (scene.ts, checked at the widths the diagram is drawn at). Each band's nodes are ordered to keep linked
// nodes level with each other (order.ts) and placed as far apart as their labels need (place.ts). Same
// data in, same numbers out (the few random trials use a seeded randomLcg).
import type { Entity, Relationship } from '$lib/data/schema';
import { round1 as round } from '../geometry';
import { bandsOf, centreOf, columns, components, type Band } from './bands';
import { viewKey, type BandHead, type LayoutVariant, type NetworkLayout } from './layout';
import { butterfly } from './order';
import { asLayout, narrowSpec, viewSpec, wideSpec, type Spec } from './place';

export { bandLabels, bandsOf, centreOf, columns, type Band } from './bands';
export { narrowSpec, viewSpec, wideSpec, type Spec } from './place';

/** Every group of linked entities as a butterfly, one under the other. An entity with no relationship
 * has no place: no view shows a node without a link (shown.ts). */
export function layoutVariant(
  entities: Entity[],
  relationships: Relationship[],
  spec: Spec,
  groups: string[][] = [],
  { headings = true, bandOf = bandsOf(entities, relationships) } = {},
): LayoutVariant {
  const { linked, loners } = components(entities, relationships);
  const parts = linked.length
    ? linked.map((g) => butterfly(g, [], relationships, bandOf, spec, headings, groups))
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
