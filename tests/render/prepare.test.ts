// A story block works out its chart's first view in a task of its own before the chart wakes
// (ChartIsland.client.svelte). That only helps if the chart then finds that work done: these tests count
// the calls to the layout functions around a prepare and a render.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import PolicyTimeline, { prepareTimeline } from '$lib/charts/PolicyTimeline.svelte';
import RelationshipDiagram, { prepareDiagram } from '$lib/charts/RelationshipDiagram.svelte';
import { layoutTimeline } from '$lib/charts/timeline/layout';
import { buildScene } from '$lib/charts/network/scene';
import type { NetworkView, TimelineView } from '$lib/data/schema';
import { storyData, storyLayout } from '../fixtures/story';

vi.mock('$lib/charts/timeline/layout', async (original) => {
  const actual = await original<typeof import('$lib/charts/timeline/layout')>();
  return { ...actual, layoutTimeline: vi.fn(actual.layoutTimeline) };
});
vi.mock('$lib/charts/network/scene', async (original) => {
  const actual = await original<typeof import('$lib/charts/network/scene')>();
  return { ...actual, buildScene: vi.fn(actual.buildScene) };
});

const dataset = storyData();
const { events, entities, relationships, sources } = dataset;
const layout = storyLayout();
const firstView = <V>(chart: string) =>
  dataset.story.sections.flatMap((s) => s.steps).find((s) => s.view.chart === chart)!.view as V;

beforeEach(() => {
  vi.mocked(layoutTimeline).mockClear();
  vi.mocked(buildScene).mockClear();
});

describe('preparing a chart before it wakes', () => {
  it('lays out the timeline that is then drawn, and nothing else', () => {
    const view = firstView<TimelineView>('timeline');
    // A phone's measured width is rarely whole: prepare and draw must round it the same way.
    const width = 357.6;
    prepareTimeline(events, view, width);
    expect(layoutTimeline).toHaveBeenCalledTimes(1);
    // What prepare worked out (the rows a view folds to once scripts run) is kept: asked again, it is not
    // worked out again.
    prepareTimeline(events, view, width);
    expect(layoutTimeline).toHaveBeenCalledTimes(1);
    // The server draws every row for readers without scripts: a layout of its own.
    const draw = () =>
      render(PolicyTimeline, { props: { events, entities, sources, view, width, label: 'Timeline' } }).body;
    expect(draw()).toContain('data-chart="timeline"');
    expect(layoutTimeline).toHaveBeenCalledTimes(2);
    // Another view is worked out when it is asked for.
    prepareTimeline(events, { ...view, from: '2020' }, width);
    expect(layoutTimeline).toHaveBeenCalledTimes(3);
  });

  it("builds the diagram's scene that is then drawn, and nothing else", () => {
    const view = firstView<NetworkView>('network');
    const width = 361;
    prepareDiagram({ entities, relationships, layout }, view, width);
    expect(buildScene).toHaveBeenCalledTimes(1);
    const body = render(RelationshipDiagram, {
      props: { entities, relationships, sources, layout, view, width, label: 'Diagram' },
    }).body;
    expect(body).toContain('data-chart="network"');
    expect(buildScene).toHaveBeenCalledTimes(1);
    // At another width the chart works its scene out again: prepare must be given the chart's own width.
    prepareDiagram({ entities, relationships, layout }, view, width + 40);
    expect(buildScene).toHaveBeenCalledTimes(2);
  });
});
