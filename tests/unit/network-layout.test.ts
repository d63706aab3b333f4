// The build-time layout: deterministic, inside its box, pins honoured, and the committed file current.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '$lib/data/index';
import { computeLayout } from '$lib/charts/network/compute';
import type { NetworkLayout } from '$lib/charts/network/layout';
import type { Entity } from '$lib/data/schema';
import { layoutFile, prepareNetwork, serializeLayout, storyGroups } from '../../scripts/prepare-network';

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

  it('places every entity, so every relationship endpoint has a position', () => {
    const layout = computeLayout(entities, relationships, groups);
    for (const variant of [layout.wide, layout.narrow]) {
      expect(Object.keys(variant.nodes).sort()).toEqual(entities.map((e) => e.id).sort());
      for (const r of relationships) expect(variant.nodes[r.from] && variant.nodes[r.to], r.id).toBeTruthy();
    }
  });

  it.each(['wide', 'narrow'] as const)('keeps the %s layout inside its box, one node per cell', (mode) => {
    const v = computeLayout(entities, relationships, groups)[mode];
    const cells = new Set<string>();
    for (const [id, p] of Object.entries(v.nodes)) {
      expect(p.x - v.cellWidth / 2, id).toBeGreaterThanOrEqual(-0.5);
      expect(p.x + v.cellWidth / 2, id).toBeLessThanOrEqual(v.width + 0.5);
      expect(p.y - v.rowHeight / 2, id).toBeGreaterThanOrEqual(0);
      expect(p.y + v.rowHeight / 2, id).toBeLessThanOrEqual(v.height);
      cells.add(`${Math.round(p.x)},${Math.round(p.y)}`);
    }
    expect(cells.size).toBe(Object.keys(v.nodes).length);
  });

  it('puts Tiandy in the middle column', () => {
    const layout = computeLayout(entities, relationships, groups);
    for (const v of [layout.wide, layout.narrow]) expect(v.nodes.tiandy.x).toBeCloseTo(v.width / 2, 0);
  });

  it('honours a pinned position', () => {
    const pinned: Entity[] = entities.map((e) => (e.id === 'intel' ? { ...e, pin: { x: 0, y: 1 } } : e));
    const layout = computeLayout(pinned, relationships, groups);
    for (const v of [layout.wide, layout.narrow]) {
      expect(v.nodes.intel.x).toBeCloseTo(v.cellWidth / 2, 0); // first column
      expect(v.nodes.intel.y).toBeGreaterThan(v.height - v.rowHeight * 1.6); // last row
    }
  });
});

describe('the committed layout', () => {
  it('is up to date with data/entities.json and data/relationships.json', () => {
    const committed = readFileSync(layoutFile, 'utf8');
    const fresh = serializeLayout(prepareNetwork({ write: false }));
    expect(
      committed === fresh,
      'src/lib/charts/network/layout.json is stale: entities, relationships or the network steps of story.json changed. Run `npx tsx scripts/prepare-network.ts` and commit the result.',
    ).toBe(true);
  });

  it('parses as a NetworkLayout', () => {
    const layout = JSON.parse(readFileSync(layoutFile, 'utf8')) as NetworkLayout;
    expect(layout.wide.width).toBe(1000);
    expect(layout.narrow.width).toBe(360);
  });
});
