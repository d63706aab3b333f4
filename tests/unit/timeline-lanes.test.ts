import { describe, expect, it } from 'vitest';
import { groupByLane, laneLabel, laneOrder, visibleLanes } from '$lib/charts/timeline/lanes';
import { layoutTimeline } from '$lib/charts/timeline/layout';
import { lane as laneSchema, type Event } from '$lib/data/schema';
import fixture from '../fixtures/timeline/events.json';

const events = fixture.events as Event[];

describe('lanes', () => {
  it('has a readable name for every lane in the schema', () => {
    expect([...laneOrder].sort()).toEqual([...laneSchema.options].sort());
    for (const l of laneOrder) expect(laneLabel[l]).toMatch(/^[A-Z]/);
  });

  it('shows only lanes that hold events, in lane order', () => {
    expect(visibleLanes([{ lane: 'context' }, { lane: 'company' }])).toEqual(['company', 'context']);
  });

  it('applies a lane filter, and treats an empty filter as all', () => {
    expect(visibleLanes(events, ['us-executive', 'us-congress'])).toEqual(['us-congress', 'us-executive']);
    expect(visibleLanes(events, [])).toHaveLength(6);
  });

  it('puts each event in its own lane and keeps the given order inside a lane', () => {
    const groups = groupByLane(events);
    for (const [lane, list] of groups) for (const e of list) expect(e.lane).toBe(lane);
    expect([...groups.values()].flat()).toHaveLength(events.length);
  });

  it.each([640, 1280])('draws every event in the band of its lane at %i px', (width) => {
    const layout = layoutTimeline(events, {}, width);
    for (const p of layout.events) {
      const band = layout.lanes.find((l) => l.lane === p.event.lane)!;
      expect(p.ay).toBeGreaterThan(band.y);
      expect(p.ay).toBeLessThan(band.y + band.height);
    }
  });

  it('tags every row with its lane at 360 px', () => {
    const layout = layoutTimeline(events, {}, 360);
    for (const p of layout.events) expect(p.label.tag).toBe(laneLabel[p.event.lane]);
  });

  it('hides the events of lanes left out by the view', () => {
    const layout = layoutTimeline(events, { lanes: ['us-executive'] }, 1280);
    expect(layout.lanes.map((l) => l.lane)).toEqual(['us-executive']);
    for (const p of layout.events) expect(p.visible).toBe(p.event.lane === 'us-executive');
  });
});
