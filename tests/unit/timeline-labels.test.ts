import { describe, expect, it } from 'vitest';
import { dodge, overlappingPairs, packRows } from '$lib/charts/timeline/labels';
import { layoutTimeline } from '$lib/charts/timeline/layout';
import type { Event, TimelineView } from '$lib/data/schema';
import fixture from '../fixtures/timeline/events.json';

const events = fixture.events as Event[];

describe('packRows', () => {
  it('reuses a row once the previous label has ended, and stacks otherwise', () => {
    const { rows, count } = packRows(
      [
        { id: 'a', x0: 0, x1: 100 },
        { id: 'b', x0: 50, x1: 120 },
        { id: 'c', x0: 112, x1: 200 },
      ],
      10,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, c: 0 });
    expect(count).toBe(2);
  });
});

describe('dodge', () => {
  it('keeps labels at their targets when they fit, and pushes them apart when they do not', () => {
    const tops = dodge(
      [
        { id: 'a', target: 0, height: 20 },
        { id: 'b', target: 5, height: 20 },
        { id: 'c', target: 100, height: 20 },
      ],
      { min: 0, max: 500, gap: 4 },
    );
    expect(Object.fromEntries(tops)).toEqual({ a: 0, b: 24, c: 100 });
  });
  it('pulls labels back up from the bottom, and never overlaps even when out of room', () => {
    const items = [0, 1, 2, 3].map((i) => ({ id: String(i), target: 90, height: 20 }));
    const tops = [...dodge(items, { min: 0, max: 100, gap: 4 }).values()];
    expect(tops[3] + 20).toBeLessThanOrEqual(100);
    for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThanOrEqual(tops[i - 1] + 24);
    const crowded = [...dodge(items, { min: 50, max: 60, gap: 4 }).values()];
    expect(crowded[0]).toBe(50);
    for (let i = 1; i < crowded.length; i++) expect(crowded[i]).toBeGreaterThanOrEqual(crowded[i - 1] + 24);
  });
});

describe('label placement on the real layout', () => {
  const views: [string, Partial<TimelineView>][] = [
    ['everything', {}],
    ['late 2022', { from: '2022-09', to: '2023-02' }],
    ['2018 on', { from: '2018' }],
    ['two lanes', { lanes: ['us-executive', 'us-congress'] }],
  ];
  it.each(views.flatMap(([name, view]) => [360, 420, 640, 1024, 1280].map((w) => [name, view, w] as const)))(
    'no two labels overlap: %s at %i px',
    (_, view, width) => {
      const layout = layoutTimeline(events, view, width);
      const boxes = layout.events.filter((p) => p.visible).map((p) => ({ id: p.event.id, ...p.box }));
      expect(boxes.length).toBeGreaterThan(0);
      expect(overlappingPairs(boxes)).toEqual([]);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
      }
    },
  );

  it('keeps hit areas apart too, so a tap lands on one event', () => {
    for (const width of [360, 1280]) {
      const layout = layoutTimeline(events, {}, width);
      const hits = layout.events.map((p) => ({
        id: p.event.id,
        ...p.hit,
        x: p.hit.x + p.ax,
        y: p.hit.y + p.ay,
      }));
      expect(overlappingPairs(hits)).toEqual([]);
    }
  });

  // A phone row is its own touch target: the whole row wide and at least 32 px tall, above WCAG 2.2's 24 px
  // minimum, so that a step's seven rows fit the phone's reading window.
  it('gives every row of the late-2022 view at 360 px a touch target the row wide and 32 px tall', () => {
    const layout = layoutTimeline(events, { from: '2022-09', to: '2023-02' }, 360);
    const shown = layout.events.filter((p) => p.visible);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    for (const p of shown) {
      expect(p.hit.height).toBeGreaterThanOrEqual(32);
      expect(p.hit.width).toBeGreaterThanOrEqual(300);
    }
  });
});
