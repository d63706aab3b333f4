// The timeline on phones: time runs down, lanes become narrow columns, and the labels stack in one column
// at the side, each month of the axis given the room its labels need. A view that highlights events
// labels only those (the others are marks a tap away) and squeezes its time scale until they fit one
// screen.
import { bisectLeft } from 'd3-array';
import type { Lane } from '$lib/data/schema';
import type { TimeWindow } from './dates';
import { laneShortLabel } from './lanes';
import { dodge } from './labels';
import { textWidth, wrapText } from '../text';
import type { PlacedEvent, TimelineLayout } from './types';
import { focusOf, markExtent, type Base } from './marks';
import { compressedInfo, segmentTicks, timeSegments, weightedSegment, type Segment } from './scale';

export const V = {
  /** The lane names standing on end above the columns; the time axis starts a little below. */
  head: 96,
  axisTop: 12,
  axisWidth: 50,
  column: 14,
  font: 12,
  dateFont: 11,
  line: 15,
  dateLine: 14,
  /** Minimum height per label: its hit area is a 44 px touch target. */
  minItem: 44,
  gap: 4,
  dot: 5,
  bottom: 24,
  /** How tall (px) the highlighted events of a view may run, marks and labels: what a phone's sticky
   * graphic shows of a chart under its lane names once the step's view has slid into place (58% of a
   * 740 px screen, less its margins and the names). A view that runs longer has its time scale squeezed
   * until it fits, or as far as its labels, stacked, allow. */
  budget: 290,
  /** Room along the time axis for an event drawn without a label. */
  markRoom: 12,
} as const;

/** How much of its room a squeezed phone view gives the time scale, tried in turn. */
const squeezes = [1, 0.6, 0.4, 0.25, 0.15, 0.08, 0.04];

export function layoutVertical(
  base: Base[],
  lanes: Lane[],
  window: TimeWindow,
  width: number,
): TimelineLayout {
  const highlights = base.some((b) => b.visible && b.highlighted);
  let layout = verticalAt(base, lanes, window, width, 1, highlights);
  if (!highlights) return layout;
  for (const squeeze of squeezes.slice(1)) {
    if (!layout.focus || layout.focus.bottom - layout.focus.top <= V.budget) break;
    layout = verticalAt(base, lanes, window, width, squeeze, highlights);
  }
  return layout;
}

/**
 * The vertical layout with the time scale given `squeeze` of its room. With `highlights`, only the
 * highlighted events are labelled; the others are marks with a touch target, a tap away from their card.
 */
function verticalAt(
  base: Base[],
  lanes: Lane[],
  window: TimeWindow,
  width: number,
  squeeze: number,
  highlights: boolean,
): TimelineLayout {
  const columnX = (lane: Lane) => V.axisWidth + lanes.indexOf(lane) * V.column + V.column / 2;
  const labelX = V.axisWidth + lanes.length * V.column + 8;
  const labelWidth = Math.max(80, width - labelX - 6);
  const texts = base.map((b) => {
    if (highlights && !b.highlighted) return { lines: [] as string[], textH: 0, itemH: 0, dateInline: 0 };
    // The date starts the first line, in its own colour.
    const lines = wrapText(`${b.dateText} ${b.event.title}`, labelWidth, V.font);
    const textH = lines.length * V.line;
    return { lines, textH, itemH: Math.max(V.minItem, textH + 4), dateInline: b.dateText.length };
  });
  const labelled = (i: number) => texts[i].lines.length > 0;
  const top = V.head + V.axisTop;
  // Labels stack along time here, so a linear scale would leave a busy fortnight's labels hundreds of
  // pixels from their marks. Instead each month gets the room its labels need (time stays linear inside
  // a month, and the axis says the scale varies); the years before 2018 stay one compressed block.
  const plan = timeSegments(window, [0, 1], { compressedLength: 0, gap: 0 });
  const visibleIdx = base.map((b, i) => i).filter((i) => base[i].visible);
  // The room the events starting in [from, to) ask for: a difference of running totals over the visible
  // events' start times, because the scale asks this for every month and every event date in the window.
  const asks = visibleIdx
    .map((i) => ({
      t: Math.max(base[i].span.start.getTime(), window.from.getTime()),
      h: labelled(i) ? texts[i].itemH + V.gap : V.markRoom * squeeze,
    }))
    .sort((a, b) => a.t - b.t);
  const startTimes = asks.map((a) => a.t);
  const totals = [0];
  for (const a of asks) totals.push(totals[totals.length - 1] + a.h);
  const need = (from: Date, to: Date) =>
    totals[bisectLeft(startTimes, to.getTime())] - totals[bisectLeft(startTimes, from.getTime())];
  const stops = visibleIdx.map((i) => base[i].span.start);
  const months = (window.to.getTime() - plan[plan.length - 1].from.getTime()) / (30.44 * 864e5);
  const minPerMonth = Math.min(60, Math.max(5, 480 / months)) * squeeze;
  const segments: Segment[] = [];
  let r = top;
  for (const p of plan) {
    // The compressed block keeps room for its rotated caption.
    const seg: Segment = p.compressed
      ? timeSegments({ from: p.from, to: p.to }, [r, r + Math.max(84, 96 * squeeze, need(p.from, p.to))], {
          compressedLength: 0,
          gap: 0,
        })[0]
      : weightedSegment(p.from, p.to, r, stops, need, minPerMonth);
    segments.push({ ...seg, compressed: p.compressed });
    r = seg.r1 + 14;
  }
  const length = segments[segments.length - 1].r1 - top;
  const marks = base.map((b) => markExtent(b, segments, false));
  const shown = visibleIdx.filter(labelled).map((i) => ({ b: base[i], t: texts[i], m: marks[i] }));
  const tops = dodge(
    shown.map((d) => ({ id: d.b.event.id, target: d.m.a - 8, height: d.t.itemH })),
    { min: V.head + 2, max: top + length, gap: V.gap },
  );
  let bottom = top + length;
  const events: PlacedEvent[] = base.map((b, i) => {
    const { lines, textH, itemH, dateInline } = texts[i];
    const m = marks[i];
    const ax = lanes.includes(b.event.lane) ? columnX(b.event.lane) : V.axisWidth;
    const ay = m.a;
    const markEnd = b.point ? 0 : m.b - m.a;
    if (!lines.length) {
      // A mark alone: a 44 px touch target around it, its card opening under it.
      const reach = Math.max(44, markEnd + 12);
      const hit = { x: -22, y: markEnd / 2 - reach / 2, width: 44, height: reach };
      return {
        ...b,
        ax,
        ay,
        length: markEnd,
        label: { x: V.column, y: 0, width: 0, height: 0, lines },
        hit,
        // No label: an empty box at the mark.
        box: { x: ax, y: ay, width: 0, height: 0 },
        card: { x: 8, y: ay + hit.y + hit.height + 2 },
      };
    }
    const labelTop = tops.get(b.event.id) ?? m.a;
    if (b.visible) bottom = Math.max(bottom, labelTop + itemH);
    const label = {
      x: labelX - ax,
      y: labelTop - ay + (itemH - textH) / 2,
      width: Math.min(labelWidth, Math.ceil(Math.max(...lines.map((l) => textWidth(l, V.font))))),
      height: textH,
      dateInline,
      lines,
    };
    const labelMid = label.y + V.line / 2;
    // A leader only when the label had to move away from its mark.
    const leader =
      Math.abs(labelMid) > V.dot + 2 && (b.point || labelMid < 0 || labelMid > markEnd)
        ? {
            x1: b.point ? V.dot + 1 : 4,
            y1: b.point ? 0 : Math.min(Math.max(labelMid, 0), markEnd),
            x2: label.x - 4,
            y2: labelMid,
          }
        : undefined;
    return {
      ...b,
      ax,
      ay,
      length: markEnd,
      label,
      leader,
      hit: { x: -V.column / 2, y: labelTop - ay, width: width - ax - 4 + V.column / 2, height: itemH },
      box: { x: labelX, y: labelTop + (itemH - textH) / 2, width: label.width, height: textH },
      card: { x: 8, y: labelTop + itemH + 2 },
    };
  });
  return {
    orientation: 'vertical',
    focus: focusOf(events, 'vertical'),
    variableScale: true,
    width,
    height: Math.round(bottom + V.bottom),
    window,
    segments,
    ticks: segmentTicks(segments, 56, Math.max(440, months * 40) * squeeze),
    lanes: lanes.map((lane) => ({
      lane,
      label: laneShortLabel[lane],
      x: columnX(lane),
      y: top,
      height: length,
    })),
    compressed: compressedInfo(segments),
    axis: { r0: top, r1: top + length },
    events,
  };
}
