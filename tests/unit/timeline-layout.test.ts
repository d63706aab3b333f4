import { describe, expect, it } from 'vitest';
import { keepHidden, layoutTimeline, R, VERTICAL_BELOW } from '$lib/charts/timeline/layout';
import { position, segmentTicks, timeSegments } from '$lib/charts/timeline/scale';
import { windowFor } from '$lib/charts/timeline/dates';
import type { Event } from '$lib/data/schema';
import fixture from '../fixtures/timeline/events.json';

const events = fixture.events as Event[];
const byId = (layout: ReturnType<typeof layoutTimeline>, id: string) =>
  layout.events.find((p) => p.event.id === id)!;

describe('segmented time scale', () => {
  const window = windowFor({}, events);
  const segments = timeSegments(window, [0, 1000], { compressedLength: 100, gap: 10 });

  it('compresses the years before 2018 behind a break and keeps them labelled', () => {
    expect(segments.map((s) => s.compressed)).toEqual([true, false]);
    expect(segments[0].r1).toBe(100);
    expect(segments[1].r0).toBe(110);
    expect(segmentTicks(segments, 60)[0].label).toBe('1994');
  });

  it('is monotonic and clamps to the window', () => {
    const dates = ['1990', '1994', '2015-05', '2018', '2022-12-15', '2025-10-28', '2030'].map(
      (d) => new Date(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`),
    );
    const xs = dates.map((d) => position(segments, d));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
    expect(xs[0]).toBe(0);
    expect(xs[xs.length - 1]).toBe(1000);
  });

  it('has no break when the window starts in 2018 or later', () => {
    expect(
      timeSegments(windowFor({ from: '2018' }, events), [0, 1000], { compressedLength: 100, gap: 10 }),
    ).toHaveLength(1);
  });

  it('labels months when the window is short', () => {
    const short = timeSegments(windowFor({ from: '2022-09', to: '2023-02' }, events), [0, 1000], {
      compressedLength: 100,
      gap: 10,
    });
    expect(segmentTicks(short, 60).map((t) => t.label)).toEqual([
      'Sep 2022',
      'Oct',
      'Nov',
      'Dec',
      '2023',
      'Feb',
    ]);
  });
});

describe('layoutTimeline', () => {
  it('turns vertical below 600 px', () => {
    expect(layoutTimeline(events, {}, VERTICAL_BELOW - 1).orientation).toBe('vertical');
    expect(layoutTimeline(events, {}, VERTICAL_BELOW).orientation).toBe('horizontal');
  });

  it('keeps every event once, in date order', () => {
    for (const width of [360, 1280]) {
      const ids = layoutTimeline(events, {}, width).events.map((p) => p.event.id);
      expect(new Set(ids).size).toBe(events.length);
      expect(ids.slice(0, 4)).toEqual([
        'founding',
        'hrw-tiger-chairs',
        'intel-partner-award',
        'dalian-visit',
      ]);
      expect(ids.indexOf('entity-list')).toBeLessThan(ids.indexOf('entity-list-effective'));
    }
  });

  it('draws a year as a span over the whole year, a month over its month and a day as a dot', () => {
    const layout = layoutTimeline(events, { from: '2018' }, 1280);
    const year = byId(layout, 'intel-partner-award');
    const month = byId(layout, 'dalian-visit');
    const day = byId(layout, 'entity-list');
    expect(year.point).toBe(false);
    expect(month.point).toBe(false);
    expect(day.point).toBe(true);
    expect(day.length).toBe(0);
    // A year is about twelve months long on the axis.
    expect(year.length / month.length).toBeGreaterThan(11);
    expect(year.length / month.length).toBeLessThan(13);
    // The 2018 span starts at the 2018 tick, not somewhere inside the year.
    expect(year.ax).toBe(layout.ticks.find((t) => t.label === '2018')!.pos);
  });

  it('zooms to a window: events outside are hidden, the window fills the axis', () => {
    const layout = layoutTimeline(events, { from: '2022-09', to: '2023-02' }, 1280);
    expect(byId(layout, 'ipvm-iran').visible).toBe(false);
    expect(byId(layout, 'entity-list').visible).toBe(true);
    expect(byId(layout, 'ipvm-distributor').visible).toBe(true);
    expect(byId(layout, 'ipvm-distributor').ax).toBe(layout.axis.r0);
    // Two weeks apart in this window is tens of pixels, not a couple.
    expect(byId(layout, 'entity-list').ax - byId(layout, 'nsc-no-sanctions').ax).toBeGreaterThan(60);
  });

  it('marks highlighted events and mutes the others', () => {
    const layout = layoutTimeline(events, { highlight: ['entity-list'] }, 1280);
    expect(byId(layout, 'entity-list')).toMatchObject({ highlighted: true, muted: false });
    expect(byId(layout, 'fcc-ban')).toMatchObject({ highlighted: false, muted: true });
  });

  it('says what a view is about: its highlighted events, else every event it shows', () => {
    for (const width of [1280]) {
      const within = (layout: ReturnType<typeof layoutTimeline>, ids: string[]) =>
        ids.map(
          (id) =>
            byId(layout, id).box.y >= layout.focus!.top &&
            byId(layout, id).box.y + byId(layout, id).box.height <= layout.focus!.bottom,
        );
      const one = layoutTimeline(events, { highlight: ['entity-list'] }, width);
      const label = byId(one, 'entity-list').box;
      expect(within(one, ['entity-list'])).toEqual([true]);
      // Tight around the one highlighted event, not the whole chart.
      expect(one.focus!.bottom - one.focus!.top).toBeLessThan(label.height + 60);
      const all = layoutTimeline(events, { from: '2022-09', to: '2023-02' }, width);
      const shown = all.events.filter((p) => p.visible).map((p) => p.event.id);
      expect(within(all, shown).every(Boolean)).toBe(true);
      expect(layoutTimeline(events, { from: '1990', to: '1991' }, width).focus).toBeUndefined();
    }
  });

  it('leaves hidden marks where they were drawn, and moves only the marks in view', () => {
    for (const width of [1280]) {
      const a = layoutTimeline(events, { from: '2018', to: '2019', highlight: ['dalian-visit'] }, width);
      const b = layoutTimeline(events, { from: '2022-09', to: '2023-02', highlight: ['entity-list'] }, width);
      const drawn = keepHidden(a, b);
      expect(drawn.map((p) => p.event.id)).toEqual(b.events.map((p) => p.event.id));
      const count = { kept: 0, left: 0 };
      drawn.forEach((p, i) => {
        const [was, now] = [a.events[i], b.events[i]];
        if (now.visible) return expect(p, p.event.id).toBe(now);
        // Hidden now: where it was, with the new view's flags.
        expect(p, p.event.id).toMatchObject({ ax: was.ax, ay: was.ay, label: was.label, visible: false });
        expect([p.highlighted, p.muted], p.event.id).toEqual([now.highlighted, now.muted]);
        if (!was.visible && was.highlighted === now.highlighted && was.muted === now.muted) {
          expect(p, `${p.event.id} is the same object`).toBe(was);
          count.kept++;
        } else if (was.visible) count.left++;
      });
      expect(count.kept).toBeGreaterThan(0);
      expect(count.left).toBeGreaterThan(0);
      // A new size or shape draws every mark afresh.
      expect(keepHidden(layoutTimeline(events, {}, width + 1), b)).toBe(b.events);
      expect(keepHidden(undefined, b)).toBe(b.events);
    }
  });

  it('on a phone, gives every event a row of its own in date order, in every view', () => {
    for (const view of [
      {},
      { from: '2022-09', to: '2023-02', highlight: ['entity-list'] },
      { lanes: ['company' as const] },
    ]) {
      const layout = layoutTimeline(events, view, 336);
      expect(layout.orientation).toBe('vertical');
      // All of it, whatever the view: without JavaScript the first view is the only one a reader gets.
      expect(layout.events.every((p) => p.visible)).toBe(true);
      for (const [a, b] of layout.events.slice(1).map((p, i) => [layout.events[i], p])) {
        // Rows follow one another without overlapping, each a 44 px touch target at least.
        expect(b.ay + b.hit.y, b.event.id).toBeGreaterThanOrEqual(a.ay + a.hit.y + a.hit.height);
        expect(b.hit.height).toBeGreaterThanOrEqual(R.minRow);
      }
      for (const p of layout.events) {
        // The date with its year, the lane as a tag, the title wrapped inside the chart.
        expect(p.label.dateLines?.join(' '), p.event.id).toMatch(/\d{4}/);
        expect(p.label.tag, p.event.id).toBeTruthy();
        expect(p.box.x + p.box.width, p.event.id).toBeLessThanOrEqual(336);
        expect(p.label.lines.join(' ')).toBe(p.event.title);
      }
    }
  });

  it('on a phone, puts the tag on a line of its own when the date leaves it no room', () => {
    // A column so narrow that English dates and tags no longer fit on one line, as the Persian edition's
    // dates in two calendars do at 360 px (its walk through the story sees them wrap: steps.test.ts).
    const width = 170;
    const layout = layoutTimeline(events, {}, width);
    const room = width - R.text - 6;
    expect(layout.events.some((p) => p.label.tagBelow)).toBe(true);
    for (const p of layout.events) {
      const lines = p.label.dateLines!.length + (p.label.tagBelow ? 1 : 0);
      expect(p.box.height, p.event.id).toBe(lines * R.dateLine + p.label.lines.length * R.line);
      expect(p.box.width, p.event.id).toBeLessThanOrEqual(room);
    }
  });

  it("on a phone, highlights the step's rows, sets back the rest and says where the step's rows are", () => {
    const layout = layoutTimeline(
      events,
      { from: '2022-09', to: '2023-02', highlight: ['entity-list'] },
      336,
    );
    const row = byId(layout, 'entity-list');
    expect(row).toMatchObject({ highlighted: true, muted: false });
    expect(byId(layout, 'ipvm-iran')).toMatchObject({ highlighted: false, muted: true });
    expect(layout.focus).toEqual({ top: row.ay + row.hit.y, bottom: row.ay + row.hit.y + row.hit.height });
    // Without highlights, the view is about its window: rows outside it are set back, not dropped.
    const window = layoutTimeline(events, { from: '2022-09', to: '2023-02' }, 336);
    expect(byId(window, 'ipvm-iran').muted).toBe(true);
    expect(byId(window, 'entity-list').muted).toBe(false);
    expect(window.focus!.top).toBeLessThanOrEqual(byId(window, 'entity-list').box.y);
    // A year heading over each year's first row.
    const years = new Set(events.map((e) => e.date.slice(0, 4)));
    expect(window.ticks.map((t) => t.label)).toEqual([...years].sort());
  });

  it('on a phone with scripts, folds away the rows a view is not about', () => {
    const view = { from: '2022-09', to: '2023-02', highlight: ['entity-list', 'fcc-ban'] };
    const all = layoutTimeline(events, view, 336);
    const folded = layoutTimeline(events, view, 336, true);
    const shown = folded.events.filter((p) => p.visible).map((p) => p.event.id);
    expect(shown.sort()).toEqual(
      ['entity-list', 'fcc-ban']
        .filter((id) => all.events.some((p) => p.event.id === id && p.highlighted))
        .sort(),
    );
    expect(folded.height).toBeLessThan(all.height);
    // The shown rows still follow one another, and the view's rows fit a phone's window.
    expect(folded.focus!.bottom - folded.focus!.top).toBeLessThanOrEqual(shown.length * 80);
    // Without highlights, the rows in the window and lanes stay.
    const whole = layoutTimeline(events, { from: '2022-09', to: '2023-02' }, 336);
    const window = layoutTimeline(events, { from: '2022-09', to: '2023-02' }, 336, true);
    for (const p of window.events) expect(p.visible, p.event.id).toBe(!byId(whole, p.event.id).muted);
    // The wide layout has nothing to fold.
    expect(JSON.stringify(layoutTimeline(events, view, 1280, true))).toBe(
      JSON.stringify(layoutTimeline(events, view, 1280)),
    );
  });

  it('lays a label with no room beside its mark on its line, clear of the dot, covering as little of the line as it can, on a ground', () => {
    // A year-precision event seen through a window of a few months: its line runs across the whole axis.
    for (const width of [640, 720, 1280]) {
      const layout = layoutTimeline(events, { from: '2022-09', to: '2022-12' }, width);
      const p = byId(layout, 'ipvm-distributor');
      expect(p.visible && p.length > 0, `${width}`).toBe(true);
      const left = p.ax + p.label.x;
      const right = left + p.label.width;
      expect(p.label.onMark, `${width}`).toBe(true);
      // The dot (radius 5) in the middle of the line stays outside the label and its ground.
      const dot = p.ax + p.length / 2;
      expect(
        right + 2 <= dot - 5 || left - 2 >= dot + 5,
        `${width}: label ${left}–${right}, dot ${dot}`,
      ).toBe(true);
      expect(left).toBeGreaterThanOrEqual(layout.axis.r0);
      expect(right).toBeLessThanOrEqual(layout.axis.r1);
    }
    // Where the line ends inside the axis, the label covers less of it at the edge than beside the dot.
    const late = layoutTimeline(events, { from: '2022-11', to: '2023-01' }, 640);
    const q = byId(late, 'ipvm-distributor');
    const [lineEnd, dot] = [q.ax + q.length, q.ax + q.length / 2];
    const start = q.ax + q.label.x;
    expect(q.label.onMark).toBe(true);
    expect(start).toBeGreaterThan(dot + 5);
    expect(lineEnd - start).toBeLessThan(lineEnd - (dot + 10));
    // A label beside its mark needs no ground.
    const wide = layoutTimeline(events, {}, 1280);
    expect(wide.events.filter((p) => p.visible && p.point).every((p) => !p.label.onMark)).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutTimeline(events, {}, 360))).toBe(
      JSON.stringify(layoutTimeline(events, {}, 360)),
    );
  });
});
