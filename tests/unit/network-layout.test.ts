// The build-time layout: deterministic, inside its box, pins honoured, cached by content, and worked out
// by the build from whatever data/ holds (nothing committed for an editor to regenerate).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import liveLayout from 'virtual:network-layout';
import { dataset as liveData } from '$lib/data/index';
import { computeLayout } from '$lib/charts/network/compute';
import type { Entity } from '$lib/data/schema';
import { cacheDir, layoutKey, networkLayout, storyGroups } from '../../scripts/prepare-network';
import { storyData } from '../fixtures/story';

// The frozen story dataset: the pin case below names one of its entities.
const dataset = storyData();
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

describe('the layout the build works out', () => {
  it('is served to the site as virtual:network-layout, from the data in data/, with every entity placed', () => {
    for (const variant of [liveLayout.wide, liveLayout.narrow])
      expect(Object.keys(variant.nodes).sort()).toEqual(liveData.entities.map((e) => e.id).sort());
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
