// Work a chart will be asked for, done before it is asked (src/lib/story/islands/ahead.ts): a result is
// kept by its key and given again, and the islands' kept layouts are found by the chart's own call, at a
// phone's fractional width too. Whether doing it ahead pays is the bench's (docs/performance.md).
import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import FootprintMap from '$lib/charts/FootprintMap.svelte';
import PolicyTimeline from '$lib/charts/PolicyTimeline.svelte';
import RelationshipDiagram from '$lib/charts/RelationshipDiagram.svelte';
import { buildScene } from '$lib/charts/network/scene';
import { mapSceneFor } from '$lib/charts/map/scene';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { layoutTimeline, timelineWidth } from '$lib/charts/timeline/layout';
import type { MapView, NetworkView, TimelineView } from '$lib/data/schema';
import { blockViews, groupSteps } from '$lib/data/steps';
import { eachWhenIdle } from '$lib/schedule';
import { kept, sceneAhead, viewKey } from '$lib/story/islands/ahead';
import { timelineAhead } from '$lib/story/islands/timelineAhead';
import { storyData, storyLayout } from '../fixtures/story';

vi.mock('$lib/charts/timeline/layout', async (original) => {
  const actual = await original<typeof import('$lib/charts/timeline/layout')>();
  return { ...actual, layoutTimeline: vi.fn(actual.layoutTimeline) };
});
vi.mock('$lib/charts/map/scene', async (original) => {
  const actual = await original<typeof import('$lib/charts/map/scene')>();
  return { ...actual, mapSceneFor: vi.fn(actual.mapSceneFor) };
});
vi.mock('$lib/charts/network/scene', async (original) => {
  const actual = await original<typeof import('$lib/charts/network/scene')>();
  return { ...actual, buildScene: vi.fn(actual.buildScene) };
});

const dataset = storyData();
const { events, entities, relationships, sources } = dataset;
const layout = storyLayout();
const viewsOf = (chart: string) => {
  const block = groupSteps(dataset.story).find((b) => b.chart === chart)!;
  return blockViews(dataset.story, block.id);
};

describe('kept results', () => {
  it('gives the first result again for the same key, and works out a new key', () => {
    const compute = vi.fn((view: { from?: string }, width: number) => ({ view, width }));
    const get = kept(compute, viewKey);
    const first = get({ from: '2022' }, 360);
    expect(get({ from: '2022' }, 360), 'an equal view, another object').toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(get({ from: '2023' }, 360)).not.toBe(first);
    expect(get({ from: '2022' }, 390)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps a bounded number of results', () => {
    const compute = vi.fn((n: number) => ({ n }));
    const get = kept(compute, String);
    const first = get(0);
    for (let n = 1; n < 200; n++) get(n);
    expect(get(0)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(201);
  });

  it('has no result for an unknown block', () => {
    expect(blockViews(dataset.story, 'no-such-block')).toEqual([]);
    expect(viewsOf('network').length).toBeGreaterThan(1);
  });
});

describe('work when idle', () => {
  it('runs each task in an idle period of its own, in order, and stops when asked', () => {
    const queue: (() => void)[] = [];
    const idle = (run: () => void) => {
      queue.push(run);
      return () => void queue.splice(queue.indexOf(run), 1);
    };
    const done: number[] = [];
    const stop = eachWhenIdle(
      [1, 2, 3].map((n) => () => void done.push(n)),
      idle,
    );
    expect(done).toEqual([]);
    queue.shift()!();
    expect(done).toEqual([1]);
    expect(queue).toHaveLength(1);
    stop();
    expect(queue).toHaveLength(0);
    expect(done).toEqual([1]);
  });
});

describe("an island's layouts worked out ahead", () => {
  // A phone's measured width is rarely whole: the island and the chart must ask alike.
  const width = 357.6;

  it('are what the diagram then draws, each view worked out once', () => {
    const { sceneOf, ahead } = sceneAhead(buildScene, { entities, relationships, layout });
    const views = viewsOf('network');
    vi.mocked(buildScene).mockClear();
    for (const view of views) ahead(view, width);
    expect(buildScene).toHaveBeenCalledTimes(views.length);
    for (const view of views) {
      // (render draws when its body is read.)
      const body = render(RelationshipDiagram, {
        props: {
          entities,
          relationships,
          sources,
          layout,
          view: view as NetworkView,
          width,
          label: 'D',
          sceneOf,
        },
      }).body;
      expect(body).toContain('data-chart="network"');
    }
    expect(buildScene, 'drawing found every scene ready').toHaveBeenCalledTimes(views.length);
    // And each is the scene the chart works out for itself.
    const view = views[1] as NetworkView;
    expect(sceneOf({ entities, relationships, layout, view, width })).toEqual(
      buildScene({ entities, relationships, layout, view, width }),
    );
  });

  it('are the layouts the awake timeline asks for: at its width, its rows folded', () => {
    const { layoutOf, ahead } = timelineAhead(events);
    const views = viewsOf('timeline');
    vi.mocked(layoutTimeline).mockClear();
    for (const view of views) ahead(view, width);
    expect(layoutTimeline).toHaveBeenCalledTimes(views.length);
    // The chart asks the function it is given, at its width for the one measured (the server, every row
    // drawn for readers without scripts: not folded)…
    const asked: Parameters<typeof layoutTimeline>[] = [];
    const view = views[0] as TimelineView;
    const { body } = render(PolicyTimeline, {
      props: {
        ...{ events, entities, sources, view, width, label: 'T' },
        layoutOf: (...args: Parameters<typeof layoutTimeline>) => (asked.push(args), layoutOf(...args)),
      },
    });
    // (render draws when its body is read.)
    expect(body).toContain('data-chart="timeline"');
    expect(asked).toEqual([[events, view, timelineWidth(width), false]]);
    expect(layoutTimeline).toHaveBeenCalledTimes(views.length + 1);
    // …and once scripts run, folded: what the island worked out.
    for (const view of views) layoutOf(events, view as TimelineView, timelineWidth(width), true);
    expect(layoutTimeline).toHaveBeenCalledTimes(views.length + 1);
  });

  it('are what the map then draws, in every map block, at a phone width and a desktop one', () => {
    const geometry = loadMapGeometry();
    const { countries, claims, measures } = dataset;
    const blocks = groupSteps(dataset.story).filter((b) => b.chart === 'map');
    expect(blocks.length).toBeGreaterThan(0);
    for (const w of [width, 1180])
      for (const block of blocks) {
        const { sceneOf, ahead } = sceneAhead(mapSceneFor, { geometry, countries, claims });
        const views = blockViews(dataset.story, block.id);
        vi.mocked(mapSceneFor).mockClear();
        for (const view of views) ahead(view, w);
        const worked = vi.mocked(mapSceneFor).mock.calls.length;
        expect(worked).toBe(new Set(views.map((v) => JSON.stringify(v))).size);
        for (const view of views) {
          // (render draws when its body is read.)
          const { body } = render(FootprintMap, {
            props: {
              geometry,
              countries,
              claims,
              sources,
              measures,
              view: view as MapView,
              width: w,
              label: 'M',
              sceneOf,
            },
          });
          expect(body).toContain('data-chart="map"');
        }
        expect(mapSceneFor, `${block.id} at ${w}px: drawing found every scene ready`).toHaveBeenCalledTimes(
          worked,
        );
      }
  });
});
