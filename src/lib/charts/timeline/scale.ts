// A time scale in segments. Before DETAIL_FROM the data holds only a few events decades apart (the
// founding in 1994, the 2015 tiger-chair report), so that stretch is drawn compressed, behind a marked
// axis break, and the years that carry the story keep their room. Each segment is piecewise linear in time.
import { bisectRight } from 'd3-array';
import { utcMonth } from 'd3-time';
import { m } from '$lib/paraglide/messages.js';
import { edition } from '$lib/editions/current';
import { calendarStarts, isYearStart, yearsOf } from '$lib/editions/dates';
import { formatTick } from '$lib/ui/format';
import { startOf, type TimeWindow } from './dates';

/** Where the detailed scale starts when a window reaches further back. */
export const DETAIL_FROM = '2018';

export interface Segment {
  from: Date;
  to: Date;
  /** Pixel range along the time axis. */
  r0: number;
  r1: number;
  compressed: boolean;
  scale: (date: Date) => number;
}

/**
 * Maps dates onto pixels linearly between matching stops (d3's polylinear scale, less its tick and
 * format machinery: keeping d3-scale out takes about 9 KB gzipped off every page with a timeline).
 */
export function polylinear(dates: Date[], pixels: number[]): (date: Date) => number {
  const ts = dates.map((d) => d.getTime());
  return (date) => {
    const t = date.getTime();
    const i = Math.min(Math.max(bisectRight(ts, t) - 1, 0), ts.length - 2);
    const span = ts[i + 1] - ts[i];
    return span === 0 ? pixels[i] : pixels[i] + ((t - ts[i]) / span) * (pixels[i + 1] - pixels[i]);
  };
}

export interface Tick {
  date: Date;
  pos: number;
  label: string;
}

export interface SegmentOptions {
  /** Pixels given to the compressed stretch, if there is one. */
  compressedLength: number;
  /** Pixels between segments, where the break is drawn. */
  gap: number;
}

export function timeSegments(
  window: TimeWindow,
  [r0, r1]: [number, number],
  { compressedLength, gap }: SegmentOptions,
): Segment[] {
  const detail = startOf(DETAIL_FROM);
  const make = (from: Date, to: Date, a: number, b: number, compressed: boolean): Segment => ({
    from,
    to,
    r0: a,
    r1: b,
    compressed,
    scale: polylinear([from, to], [a, b]),
  });
  // Only worth a break when the window starts years before the detail and goes on after it.
  const yearMs = 365.25 * 864e5;
  if (
    window.from.getTime() < detail.getTime() - 3 * yearMs &&
    window.to.getTime() > detail.getTime() + yearMs
  ) {
    const split = r0 + compressedLength;
    return [make(window.from, detail, r0, split, true), make(detail, window.to, split + gap, r1, false)];
  }
  return [make(window.from, window.to, r0, r1, false)];
}

/**
 * A segment whose stretches get room by need: the axis is cut at every month boundary and at every date
 * in `stops` (the event dates), `need(from, to)` gives the pixels the labels starting in a stretch ask
 * for, and each stretch gets at least `minPerMonth` pro rata. Between two cuts time is linear; the scale
 * is one polylinear scale through the cuts. Used where labels stack along the time axis (the phone
 * layout), and always drawn with a note that the scale varies.
 */
export function weightedSegment(
  from: Date,
  to: Date,
  r0: number,
  stops: Date[],
  need: (from: Date, to: Date) => number,
  minPerMonth: number,
): Segment {
  const cuts = [...utcMonth.range(utcMonth.ceil(new Date(from.getTime() + 1)), to), ...stops]
    .map((d) => d.getTime())
    .filter((t) => t > from.getTime() && t < to.getTime());
  const bounds = [from.getTime(), ...[...new Set(cuts)].sort((a, b) => a - b), to.getTime()].map(
    (t) => new Date(t),
  );
  const range = [r0];
  for (let i = 1; i < bounds.length; i++) {
    const fraction = (bounds[i].getTime() - bounds[i - 1].getTime()) / (30.44 * 864e5);
    range.push(range[i - 1] + Math.max(minPerMonth * fraction, need(bounds[i - 1], bounds[i])));
  }
  return {
    from,
    to,
    r0,
    r1: range[range.length - 1],
    compressed: false,
    scale: polylinear(bounds, range),
  };
}

/** Position of a date, clamped to the window's ends. */
export function position(segments: Segment[], date: Date): number {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (date <= first.from) return first.r0;
  if (date >= last.to) return last.r1;
  const seg = segments.find((s) => date >= s.from && date < s.to) ?? last;
  return seg.scale(date);
}

/** Ticks per segment, years or months depending on the room, never closer than `minSpacing` pixels. */
export function segmentTicks(segments: Segment[], minSpacing: number, maxLength?: number): Tick[] {
  const ticks: Tick[] = [];
  for (const seg of segments) {
    // A weighted segment is longer than its time span deserves; judge the tick step by an even share.
    const length = Math.min(Math.abs(seg.r1 - seg.r0), maxLength ?? Infinity);
    const months = (seg.to.getTime() - seg.from.getTime()) / (30.44 * 864e5);
    const fit = Math.max(1, Math.floor(length / minSpacing));
    let dates: Date[];
    if (seg.compressed) {
      // Just the ends of the stretch: a compressed scale should not invite reading distances.
      dates = [seg.from];
    } else if (months / 12 >= fit / 2 || months > 36) {
      const step = [1, 2, 5, 10].find((s) => months / 12 / s <= fit) ?? 10;
      dates = calendarStarts(seg.from, seg.to, 'year', step, edition);
    } else {
      // Months of the edition's calendar: a Persian tick falls on the first of a Solar Hijri month.
      const step = [1, 2, 3, 6].find((s) => months / s <= fit) ?? 12;
      dates = calendarStarts(seg.from, seg.to, 'month', step, edition);
    }
    let last = -Infinity;
    dates.forEach((date, i) => {
      const pos = seg.scale(date);
      // On a scale whose months vary in length, two ticks can crowd; keep the earlier.
      if (Math.abs(pos - last) < 18) return;
      last = pos;
      ticks.push({ date, pos, label: formatTick(date, i === 0 && !isYearStart(date, edition)) });
    });
  }
  return ticks;
}

/** The compressed stretch at the start of the axis, if there is one: where it runs, where the break is
 * drawn, and its caption. */
export function compressedInfo(segments: Segment[]) {
  const first = segments[0];
  if (!first.compressed || segments.length < 2) return undefined;
  const [from, to] = yearsOf(first.from, first.to, edition);
  return {
    r0: first.r0,
    r1: first.r1,
    breakAt: (first.r1 + segments[1].r0) / 2,
    caption: m.timeline_compressed({ from, to }),
  };
}
