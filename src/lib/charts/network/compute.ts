// Build-time layout of the relationship diagram (run by scripts/prepare-network.ts, never in the browser).
// Laid out by meaning: the entity with the most links is the centre, and every other one goes in a band
// worked out from the relationships it takes part in (bands.ts), down a column on the left or the right.
// A node's label sits on its column's outer side and links reach it level from the middle, so a link
// never crosses a column; the only node in the middle is the centre, and links are routed around it
// (scene.ts, checked at the widths the diagram is drawn at). Each band's nodes are ordered to keep linked
// nodes level with each other (order.ts) and placed as far apart as their labels need (place.ts). Same
// data in, same numbers out (the few random trials use a seeded randomLcg).
import type { Entity, NetworkView, Relationship } from '$lib/data/schema';
import { round1 as round } from '../geometry';
import { bandsOf, centreOf, columns, components, type Band } from './bands';
import { viewKey, type BandHead, type LayoutVariant, type NetworkLayout } from './layout';
import { butterfly } from './order';
import { asLayout, narrowSpec, viewSpec, wideSpec, type Spec } from './place';
import { buildScene } from './scene';

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

/** The widths (px) at which a step's own layout must label every link the step highlights: the page's
 * diagram on a 360 px phone (336) and on a 1280 px screen (720), 360 and desktop widths up to 1280. */
export const ownLayoutWidths = [336, 360, 720, 1000, 1280];
/** The most a step's own layout spreads a column (px between nodes) to fit its highlighted labels. */
const widestPitch = 120;

/** The highlighted links the views draw without a label, at the widths a step's layout is drawn at. */
function unlabelled(
  variant: LayoutVariant,
  key: string,
  entities: Entity[],
  relationships: Relationship[],
  views: Partial<NetworkView>[],
) {
  const centre = centreOf(entities, relationships);
  const layout: NetworkLayout = {
    note: '',
    centre,
    wide: variant,
    narrow: variant,
    views: { [key]: variant },
  };
  let missing = 0;
  for (const view of views)
    for (const width of ownLayoutWidths) {
      const scene = buildScene({ entities, relationships, layout, view, width });
      missing += scene.links.filter((l) => l.visible && l.emphasis === 'focus' && !l.label).length;
    }
  return missing;
}

/**
 * Both layouts, and a phone layout of its own for each story view. `groups` are the node lists of the
 * story's network steps: in the whole layouts, entities shown together are kept near each other. Given
 * the story's `views`, a step's own layout spreads its columns, as far as it must, until every link the
 * step highlights has room for its label.
 */
export function computeLayout(
  entities: Entity[],
  relationships: Relationship[],
  groups: string[][] = [],
  views: Partial<NetworkView>[] = [],
): NetworkLayout {
  const ids = new Set(entities.map((e) => e.id));
  const steps = known(groups, ids);
  const bandOf = bandsOf(entities, relationships);
  const own: Record<string, LayoutVariant> = {};
  for (const g of steps) {
    const key = viewKey(g);
    if (own[key]) continue;
    const members = new Set(g);
    const sub = entities.filter((e) => members.has(e.id));
    const rels = relationships.filter((r) => members.has(r.from) && members.has(r.to));
    // Air for the labels of the links: a column of few nodes is spread over `fill` px.
    const longest = Math.max(
      ...columns.map((c) => sub.filter((e) => c.bands.includes(bandOf.get(e.id) as Band)).length),
    );
    const base = Math.min(96, Math.max(viewSpec.pitch, Math.floor(viewSpec.fill / Math.max(1, longest))));
    const lay = (pitch: number) =>
      layoutVariant(sub, rels, { ...viewSpec, pitch }, [], { headings: false, bandOf });
    // The steps drawn from this layout; while one of them leaves a highlighted link unlabelled, the
    // columns spread (4 px at a time), keeping the first that labels them all, else the one that
    // labels the most.
    const drawn = views.filter((v) => v.nodes && viewKey(v.nodes.filter((id) => ids.has(id))) === key);
    let best = lay(base);
    let missing = drawn.length ? unlabelled(best, key, entities, relationships, drawn) : 0;
    for (let pitch = base + 4; missing > 0 && pitch <= widestPitch; pitch += 4) {
      const next = lay(pitch);
      const left = unlabelled(next, key, entities, relationships, drawn);
      if (left < missing) [best, missing] = [next, left];
    }
    own[key] = best;
  }
  return {
    note: 'Worked out by the build (scripts/prepare-network.ts) from entities.json, relationships.json and the network steps of story.json; never committed. Pin a node with "pin" in entities.json.',
    centre: centreOf(entities, relationships),
    wide: layoutVariant(entities, relationships, wideSpec, steps, { bandOf }),
    narrow: layoutVariant(entities, relationships, narrowSpec, steps, { bandOf }),
    views: own,
  };
}
