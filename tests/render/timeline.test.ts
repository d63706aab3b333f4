import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PolicyTimeline from '$lib/charts/PolicyTimeline.svelte';
import EventList from '$lib/charts/EventList.svelte';
import { layoutTimeline } from '$lib/charts/timeline/layout';
import { overlappingPairs } from '$lib/charts/timeline/labels';
import { sortByDate } from '$lib/charts/timeline/dates';
import type { TimelineView } from '$lib/data/schema';
import { citationIds } from '../../src/lib/data/provenance';
import { renders, storyData } from '../fixtures/story';

// The frozen story dataset, never data/: the stored renders must not change when an editor edits data/.
const data = storyData();
const { events, entities, sources } = data;
const storyViews = data.story.sections
  .flatMap((s) => s.steps)
  .filter((s) => s.view.chart === 'timeline')
  .map((s) => [s.id, s.view as TimelineView] as const);
const props = (view: Partial<TimelineView>, width: number) => ({
  events,
  entities,
  sources,
  view: { chart: 'timeline' as const, ...view },
  width,
  label: 'Timeline of reporting and policy on Tiandy',
});
const renderTimeline = (view: Partial<TimelineView>, width: number) =>
  render(PolicyTimeline, { props: props(view, width) }).body;
const attrs = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('PolicyTimeline on the server', () => {
  it('draws every event once, in date order, with its status', () => {
    const html = renderTimeline({}, 1280);
    expect(html).toContain('data-chart="timeline"');
    expect(attrs(html, 'data-event')).toEqual(sortByDate(events).map((e) => e.id));
    for (const e of events)
      expect(html).toMatch(new RegExp(`data-event="${e.id}" data-status="${e.status}"`));
  });

  it('makes the events in view focusable and hides the rest from the keyboard', () => {
    const html = renderTimeline({ from: '2022-11', to: '2023-01' }, 1280);
    expect(html).toMatch(/data-event="entity-list"[^>]*data-visible="true"[^>]*tabindex="0"/);
    expect(html).toMatch(
      /data-event="tiandy-founded"[^>]*data-visible="false"[^>]*tabindex="-1"[^>]*aria-hidden="true"/,
    );
  });

  it('reflects its view in data attributes', () => {
    const html = renderTimeline(
      { from: '2022-09', to: '2022-12', highlight: ['nbc-story'], lanes: ['reporting'] },
      360,
    );
    expect(html).toContain('data-orientation="vertical"');
    expect(html).toContain('data-view-from="2022-09"');
    expect(html).toContain('data-view-to="2022-12"');
    expect(html).toContain('data-view-lanes="reporting"');
    expect(html).toContain('data-view-highlight="nbc-story"');
  });

  it('names each event for assistive technology with its date and status', () => {
    expect(renderTimeline({}, 1280)).toContain(
      'aria-label="15 Dec 2022: Commerce adds Tiandy to the Entity List. Confirmed."',
    );
  });

  it('draws a label lying across its own line on a ground, and no other label on one', () => {
    // ipvm-distributor-deal is dated to a year: through a window of four months its line fills the axis.
    const html = renderTimeline({ from: '2022-09', to: '2022-12' }, 1280);
    // Each event's markup runs from its data-event to the next one's.
    const grounded = html
      .split(' data-event="')
      .slice(1)
      .filter((part) => part.includes('<rect class="ground'))
      .map((part) => part.slice(0, part.indexOf('"')));
    expect(grounded).toEqual(['ipvm-distributor-deal']);
    expect(renderTimeline({ from: '2022-09', to: '2022-12' }, 360)).not.toContain('class="ground');
  });

  it('marks the compressed early years on wide screens, and heads each year on a phone', () => {
    expect(renderTimeline({}, 1280)).toContain('1994–2017, compressed');
    const phone = renderTimeline({ from: '2022-09', to: '2022-12' }, 360);
    expect(phone).not.toContain('compressed');
    // Every year of the data, even outside the view's window: the rows are all there without JavaScript.
    for (const year of ['1994', '2018', '2022'])
      expect(phone).toMatch(new RegExp(`class="year[^"]*"[^>]*>${year}<`));
  });

  it('never uses {@html} for data text', () => {
    // Titles with quotes are escaped, not injected.
    expect(renderTimeline({}, 1280)).toContain('&quot;We do not anticipate sanctions&quot;');
  });

  it.each([360, 1280])('renders the whole timeline at %i px as before', async (width) => {
    await expect(renderTimeline({}, width)).toMatchFileSnapshot(`${renders}/timeline-${width}.html`);
  });

  it.each([360, 1280])('renders the late-2022 view at %i px as before', async (width) => {
    await expect(renderTimeline({ from: '2022-09', to: '2022-12' }, width)).toMatchFileSnapshot(
      `${renders}/timeline-late-2022-${width}.html`,
    );
  });
});

describe('the story’s timeline views', () => {
  it.each(storyViews.flatMap(([id, view]) => [360, 1280].map((w) => [id, w, view] as const)))(
    'step %s at %i px: labels apart, inside the chart, and the highlights shown',
    (_, width, view) => {
      const layout = layoutTimeline(events, view, width);
      const shown = layout.events.filter((p) => p.visible);
      expect(shown.length).toBeGreaterThan(0);
      expect(overlappingPairs(shown.map((p) => ({ id: p.event.id, ...p.box })))).toEqual([]);
      for (const p of shown) {
        expect(p.box.x).toBeGreaterThanOrEqual(0);
        expect(p.box.x + p.box.width).toBeLessThanOrEqual(width);
      }
      for (const id of view.highlight ?? []) expect(shown.map((p) => p.event.id)).toContain(id);
    },
  );
});

describe('EventList', () => {
  const html = render(EventList, { props: { events, entities, sources } }).body;
  it('lists every event in date order with its date and status in words', () => {
    expect(attrs(html, 'data-event')).toEqual(sortByDate(events).map((e) => e.id));
    expect(html).toMatch(/<time datetime="2022-12-15"[^>]*>15 Dec 2022<\/time>/);
    expect(html).toMatch(/<time datetime="1994"[^>]*>1994<\/time>/);
    expect(html).toContain("Tiandy's claim");
  });
  it('links every source of every event', () => {
    for (const e of events)
      for (const url of citationIds(e.sources).flatMap((id) => sources.find((x) => x.id === id)?.url ?? []))
        expect(html).toContain(`href="${url.replaceAll('&', '&amp;')}"`);
    expect(html).toContain('rel="noreferrer noopener" target="_blank"');
  });
  it('renders as before', async () => {
    await expect(html).toMatchFileSnapshot(`${renders}/event-list.html`);
  });
});
