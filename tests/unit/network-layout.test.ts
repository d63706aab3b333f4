// The build-time layout: deterministic, inside its box, actors placed by their part, no link through a
// node (today's data and twice it), pins honoured, cached by content, and worked out by the build from
// whatever data/ holds (nothing committed for an editor to regenerate).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import liveLayout from 'virtual:network-layout';
import { dataset } from '$lib/data/index';
import {
  bandLabels,
  bandsOf,
  centreOf,
  columns,
  computeLayout,
  type Band,
} from '$lib/charts/network/compute';
import { viewKey } from '$lib/charts/network/layout';
import { buildScene } from '$lib/charts/network/scene';
import { doubled } from '../fixtures/network/doubled';
import type { Entity, Relationship } from '$lib/data/schema';
import { cacheDir, layoutKey, networkLayout, storyGroups } from '../../scripts/prepare-network';

const liveData = dataset;
/** Ids of the entities at an end of some relationship (not of one with itself), sorted. */
const linked = (entities: Entity[], relationships: Relationship[]) => {
  const ends = new Set(relationships.filter((r) => r.from !== r.to).flatMap((r) => [r.from, r.to]));
  return entities
    .filter((e) => ends.has(e.id))
    .map((e) => e.id)
    .sort();
};
const { entities, relationships } = dataset;
const groups = storyGroups(dataset.story);
// The layout solver takes a second or two per run on a small CI machine.
vi.setConfig({ testTimeout: 60_000 });

describe('computeLayout', () => {
  it('gives the same numbers every time', () => {
    expect(computeLayout(entities, relationships, groups)).toEqual(
      computeLayout(entities, relationships, groups),
    );
  });

  it('places every entity with a relationship, and no other (a node without a link is never drawn)', () => {
    const layout = computeLayout(entities, relationships, groups);
    for (const variant of [layout.wide, layout.narrow]) {
      expect(Object.keys(variant.nodes).sort()).toEqual(linked(entities, relationships));
      for (const r of relationships) expect(variant.nodes[r.from] && variant.nodes[r.to], r.id).toBeTruthy();
    }
  });

  it.each(['wide', 'narrow'] as const)(
    'keeps the %s layout inside its box, no two nodes on one spot',
    (mode) => {
      const v = computeLayout(entities, relationships, groups)[mode];
      const spots = new Set<string>();
      for (const [id, p] of Object.entries(v.nodes)) {
        expect(p.x, id).toBeGreaterThan(0);
        expect(p.x, id).toBeLessThan(v.width);
        expect(p.y, id).toBeGreaterThan(0);
        expect(p.y, id).toBeLessThan(v.height);
        spots.add(`${Math.round(p.x)},${Math.round(p.y)}`);
      }
      expect(spots.size).toBe(Object.keys(v.nodes).length);
    },
  );

  it('puts the most connected entity in the middle', () => {
    const layout = computeLayout(entities, relationships, groups);
    const centre = centreOf(entities, relationships)!;
    expect(layout.centre).toBe(centre);
    for (const v of [layout.wide, layout.narrow]) expect(v.nodes[centre].x).toBeCloseTo(v.width / 2, 0);
  });

  it('places actors by their part: links into the centre come from the left, links out of it go right', () => {
    const layout = computeLayout(entities, relationships, groups);
    const centre = layout.centre!;
    const bands = bandsOf(entities, relationships);
    for (const v of [layout.wide, layout.narrow]) {
      const x = (id: string) => v.nodes[id].x;
      for (const r of relationships) {
        if (r.type === 'supplies' && r.to === centre) expect(x(r.from), r.id).toBeLessThan(x(centre));
        if (['sells-to', 'contracts-with'].includes(r.type) && r.from === centre)
          expect(x(r.to), r.id).toBeGreaterThan(x(centre));
        if (['reports-on', 'investigates', 'lists', 'urges-action-on'].includes(r.type) && r.to === centre)
          expect(x(r.from), r.id).toBeLessThan(x(centre));
      }
      // Each column lists its bands in order, top to bottom, a band's members together.
      for (const col of columns) {
        const ids = Object.keys(v.nodes)
          .filter((id) => id !== centre && Math.sign(x(id) - x(centre)) === col.side)
          .sort((a, b) => v.nodes[a].y - v.nodes[b].y);
        const seen = ids.map((id) => col.bands.indexOf(bands.get(id) as Band));
        expect(seen, `side ${col.side}`).toEqual([...seen].sort((a, b) => a - b));
      }
    }
  });

  it('sets apart its offices and the clients it named who deny it, from its clients and users', () => {
    const e = (id: string): Entity => ({ id, name: id, kind: 'company', role: 'A part' });
    const r = (id: string, to: string, type: Relationship['type'], status: Relationship['status']) =>
      ({ id, from: 'maker', to, type, label: id, status, sources: ['s'] }) as Relationship;
    const bands = bandsOf(['maker', 'buyer', 'site', 'office', 'airport'].map(e), [
      r('a', 'buyer', 'sells-to', 'confirmed'),
      r('b', 'site', 'claims-project-at', 'claimed'),
      r('c', 'office', 'operates-office-in', 'claimed'),
      r('d', 'airport', 'claims-project-at', 'denied'),
    ]);
    expect(['buyer', 'site', 'office', 'airport'].map((id) => bandLabels[bands.get(id) as Band])).toEqual([
      'Named as clients or users',
      'Named as clients or users',
      'Its offices',
      'Named as clients, who deny it',
    ]);
  });

  it('derives bands from relationship types and directions, not from ids', () => {
    // The same data under other ids gets the same bands.
    const renamed = (id: string) => `x-${id}`;
    const bands = bandsOf(entities, relationships);
    const again = bandsOf(
      entities.map((e) => ({ ...e, id: renamed(e.id) })),
      relationships.map((r) => ({ ...r, id: renamed(r.id), from: renamed(r.from), to: renamed(r.to) })),
    );
    for (const e of entities) expect(again.get(renamed(e.id)), e.id).toBe(bands.get(e.id));
  });

  for (const [name, data] of [
    ['today', { entities, relationships }],
    ['twice the data', doubled(entities, relationships)],
    [
      'twice the partners',
      doubled(entities, relationships, { shareCentre: centreOf(entities, relationships) }),
    ],
  ] as const)
    it(`runs no link through another node at the widths it is drawn at (${name})`, () => {
      const layout = computeLayout(data.entities, data.relationships, groups);
      for (const width of [320, 336, 360, 414, 599, 600, 720, 1000, 1280]) {
        const scene = buildScene({ ...data, layout, width });
        const through = scene.links.filter((l) => l.through.length).map((l) => `${l.id} → ${l.through}`);
        expect(through, `${width}px`).toEqual([]);
      }
    });

  it('honours a pinned position', () => {
    const pinned: Entity[] = entities.map((e) => (e.id === 'intel' ? { ...e, pin: { x: 0, y: 1 } } : e));
    const layout = computeLayout(pinned, relationships, groups);
    const bands = bandsOf(pinned, relationships);
    for (const v of [layout.wide, layout.narrow]) {
      const centre = v.nodes[layout.centre!];
      expect(v.nodes.intel.x).toBeLessThan(centre.x); // the left column
      // The last of its band.
      for (const [id, p] of Object.entries(v.nodes))
        if (id !== 'intel' && bands.get(id) === bands.get('intel'))
          expect(p.y, id).toBeLessThan(v.nodes.intel.y);
    }
  });

  it('gives each story view a phone layout of its own, with only its nodes', () => {
    const layout = computeLayout(entities, relationships, groups);
    for (const g of groups) {
      const v = layout.views?.[viewKey(g)];
      expect(v, g.join(' ')).toBeDefined();
      expect(Object.keys(v!.nodes).sort()).toEqual([...g].sort());
    }
  });
});

describe('the layout the build works out', () => {
  it('is served to the site as virtual:network-layout, from the data in data/, with every linked entity placed', () => {
    for (const variant of [liveLayout.wide, liveLayout.narrow])
      expect(Object.keys(variant.nodes).sort()).toEqual(linked(liveData.entities, liveData.relationships));
    expect(liveLayout).toEqual(networkLayout(liveData, { cache: false }));
  });

  it('is cached by the content it depends on: same records, same file; another record, another file', () => {
    const key = layoutKey(dataset);
    const file = join(cacheDir, `network-layout-${key}.json`);
    rmSync(file, { force: true });
    const fresh = networkLayout(dataset);
    expect(existsSync(file)).toBe(true);
    expect(networkLayout(dataset)).toEqual(fresh);
    const renamed = { ...dataset, entities: entities.map((e, i) => (i ? e : { ...e, name: e.name + 'x' })) };
    expect(layoutKey(renamed)).not.toBe(key);
    expect(layoutKey({ ...dataset, events: [] } as typeof dataset)).toBe(key); // events do not move nodes
    expect(readdirSync(cacheDir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
