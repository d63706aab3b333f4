// Where every event of the policy timeline goes, as plain numbers: a pure function of the events, the
// view and the width, so it can be tested in Node and the component only draws. Wide screens get time
// across and lanes as bands; below VERTICAL_BELOW pixels time runs down, lanes become narrow columns
// and the labels stack in one column at the side. On a phone a view that highlights events labels only
// those (the others are marks a tap away) and squeezes its time scale until they fit one screen.
import { bisectLeft } from 'd3-array';
import type { Event, Lane, TimelineView } from '$lib/data/schema';
import { formatDateRange } from '$lib/ui/format';
import { isPoint, overlaps, sortByDate, spanOf, windowFor, type Span, type TimeWindow } from './dates';
import { laneLabel, laneShortLabel, visibleLanes } from './lanes';
import { dodge, packRows, textWidth, wrapText, type Box } from './labels';
import { position, segmentTicks, timeSegments, weightedSegment, type Segment, type Tick } from './scale';

export const VERTICAL_BELOW = 600;

export type Orientation = 'horizontal' | 'vertical';

export interface PlacedLabel {
  /** Top-left corner, relative to the event's anchor. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Shown above the title in the vertical layout, where the axis is far away. */
  dateLine?: string;
  /** The vertical layout starts the first line with the date instead: its first `dateInline` characters
   * are the date. */
  dateInline?: number;
  lines: string[];
}

export interface PlacedEvent {
  event: Event;
  span: Span;
  point: boolean;
  /** In the window and in a shown lane. */
  visible: boolean;
  highlighted: boolean;
  /** Another event is highlighted and this one is not. */
  muted: boolean;
  /** The start of the mark, in chart pixels; everything else is relative to it (so moves animate). */
  ax: number;
  ay: number;
  /** Length of the span along the time axis (0 for a dot). */
  length: number;
  label: PlacedLabel;
  /** A line from the mark to a label that had to move away from it (vertical layout). */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** The hit area (label and mark), relative to the anchor. */
  hit: Box;
  /** The label's box in chart pixels. */
  box: Box;
  /** Where a card opens, in chart pixels (its top-left corner, before clamping to the chart). */
  card: { x: number; y: number };
  dateText: string;
}

export interface PlacedLane {
  lane: Lane;
  label: string;
  /** Horizontal: the band's top and height. Vertical: the column's centre. */
  y: number;
  height: number;
  x: number;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  window: TimeWindow;
  segments: Segment[];
  ticks: Tick[];
  lanes: PlacedLane[];
  /** True when months get room by need (the vertical layout): the axis must say the scale varies. */
  variableScale: boolean;
  /** The compressed stretch along the time axis, when there is one, and where the break is drawn. */
  compressed?: { r0: number; r1: number; breakAt: number; caption: string };
  /** Start and end of the time axis in chart pixels. */
  axis: { r0: number; r1: number };
  /** In date order: the DOM order and the keyboard order. */
  events: PlacedEvent[];
  /** From the top of the chart, what the view is about: its highlighted events, else all it shows. A
   * frame taller than its room slides to this; it comes from the layout, not from measuring the marks,
   * which are still moving from the last view when the slide is worked out. */
  focus?: { top: number; bottom: number };
}

/**
 * The events to draw for `next`, given those drawn for `previous`: a mark that is hidden in `next` stays
 * where it was drawn before (a mark leaving the view fades out in place, and one hidden all along keeps
 * its very object), as long as the chart has the same size and shape. Nobody sees where a hidden mark
 * sits, and a step change then moves only the marks a reader sees: an item whose value is the same
 * object is one Svelte does not touch, and an unchanged position is one the browser need not lay out
 * again, which keeps the step's frame short on a phone. A mark that comes back moves from where it left.
 */
export function keepHidden(
  previous: Pick<TimelineLayout, 'width' | 'orientation' | 'events'> | undefined,
  next: TimelineLayout,
): PlacedEvent[] {
  if (!previous || previous.width !== next.width || previous.orientation !== next.orientation)
    return next.events;
  return next.events.map((p, i) => {
    const before = previous.events[i];
    if (p.visible || before?.event !== p.event) return p;
    const same = !before.visible && before.highlighted === p.highlighted && before.muted === p.muted;
    return same ? before : { ...before, visible: false, highlighted: p.highlighted, muted: p.muted };
  });
}

/** The halo around a highlighted dot reaches this far beyond the anchor. */
const HALO = 9;

function focusOf(events: PlacedEvent[], orientation: Orientation) {
  const highlighted = events.filter((p) => p.visible && p.highlighted);
  const pick = highlighted.length ? highlighted : events.filter((p) => p.visible);
  if (!pick.length) return undefined;
  let top = Infinity;
  let bottom = -Infinity;
  for (const p of pick) {
    // Vertically the mark runs down from its anchor; horizontally it sits across the anchor's row.
    const markEnd = orientation === 'vertical' ? p.length : 0;
    top = Math.min(top, p.ay + p.hit.y, p.ay - HALO);
    bottom = Math.max(bottom, p.ay + p.hit.y + p.hit.height, p.ay + markEnd + HALO);
  }
  return { top: Math.round(top), bottom: Math.round(bottom) };
}

export const H = {
  margin: 12,
  axis: 44,
  laneHead: 20,
  row: 24,
  laneGap: 8,
  font: 12,
  gap: 12,
  dot: 5,
  bottom: 8,
} as const;

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

const hour = 36e5;

function compressedInfo(segments: Segment[]) {
  const first = segments[0];
  if (!first.compressed || segments.length < 2) return undefined;
  const endYear = first.to.getUTCFullYear() - 1;
  return {
    r0: first.r0,
    r1: first.r1,
    breakAt: (first.r1 + segments[1].r0) / 2,
    caption: `${first.from.getUTCFullYear()}–${endYear}, compressed`,
  };
}

export function layoutTimeline(events: Event[], view: Partial<TimelineView>, width: number): TimelineLayout {
  const sorted = sortByDate(events);
  const window = windowFor(view, events);
  const lanes = visibleLanes(events, view.lanes);
  const highlight = new Set(view.highlight ?? []);
  const base = sorted.map((event) => {
    const span = spanOf(event);
    return {
      event,
      span,
      point: isPoint(span),
      visible: lanes.includes(event.lane) && overlaps(span, window.from, window.to),
      highlighted: highlight.has(event.id),
      muted: highlight.size > 0 && !highlight.has(event.id),
      dateText: formatDateRange(event.date, event.endDate),
    };
  });
  return width < VERTICAL_BELOW
    ? layoutVertical(base, lanes, window, width)
    : layoutHorizontal(base, lanes, window, width);
}

type Base = Omit<PlacedEvent, 'ax' | 'ay' | 'length' | 'label' | 'leader' | 'hit' | 'box' | 'card'>;

/** `dayCentre`: a dot sits in the middle of its day (horizontal) or at its start (vertical, where a
 * stretch of the axis can begin exactly at that day and the labels stack below it). */
function markExtent(b: Base, segments: Segment[], dayCentre = true) {
  if (b.point) {
    const c = position(segments, new Date(b.span.start.getTime() + (dayCentre ? 12 * hour : 0)));
    return { a: c, b: c };
  }
  const a = position(segments, b.span.start);
  // Keep even a month on the compressed scale visible as a short bar.
  return { a, b: Math.max(position(segments, b.span.end), a + 4) };
}

function layoutHorizontal(base: Base[], lanes: Lane[], window: TimeWindow, width: number): TimelineLayout {
  const r0 = H.margin;
  const r1 = width - H.margin;
  const segments = timeSegments(window, [r0, r1], {
    compressedLength: Math.round(Math.min(150, Math.max(96, width * 0.1))),
    gap: 14,
  });
  const placed = base.map((b) => {
    const { a, b: e } = markExtent(b, segments);
    const left = b.point ? a - H.dot : a;
    const right = b.point ? a + H.dot : e;
    const lines = [b.event.title];
    const w = textWidth(b.event.title, H.font);
    // The label follows the mark; near the right edge it goes before it; failing both, it sits at the edge.
    let lx = right + 5;
    if (lx + w > r1) lx = left - 5 - w;
    if (lx < r0) lx = Math.max(r0, r1 - w);
    return { b, a, e, left, right, lx, w, lines };
  });
  let y = H.axis;
  const placedLanes: PlacedLane[] = [];
  const rowOf = new Map<string, { row: number; laneY: number }>();
  for (const lane of lanes) {
    const inLane = placed.filter((p) => p.b.visible && p.b.event.lane === lane);
    const { rows, count } = packRows(
      inLane.map((p) => ({
        id: p.b.event.id,
        x0: Math.min(p.left, p.lx),
        x1: Math.max(p.right, p.lx + p.w),
      })),
      H.gap,
    );
    for (const p of inLane) rowOf.set(p.b.event.id, { row: rows.get(p.b.event.id)!, laneY: y });
    const height = H.laneHead + Math.max(1, count) * H.row;
    placedLanes.push({ lane, label: laneLabel[lane], y, height, x: r0 });
    y += height + H.laneGap;
  }
  const events: PlacedEvent[] = placed.map(({ b, a, e, left, right, lx, w, lines }) => {
    const at = rowOf.get(b.event.id);
    const laneY = at?.laneY ?? placedLanes.find((l) => l.lane === b.event.lane)?.y ?? H.axis;
    const ay = laneY + H.laneHead + (at?.row ?? 0) * H.row + H.row / 2;
    const labelH = Math.round(H.font * 1.3);
    const label = { x: lx - a, y: -labelH / 2, width: w, height: labelH, lines };
    const x0 = Math.min(left, lx);
    const x1 = Math.max(right, lx + w);
    return {
      ...b,
      ax: a,
      ay,
      length: b.point ? 0 : e - a,
      label,
      hit: { x: x0 - a - 2, y: -H.row / 2, width: x1 - x0 + 4, height: H.row },
      box: { x: lx, y: ay + label.y, width: w, height: labelH },
      card: { x: left, y: ay + H.row / 2 + 2 },
    };
  });
  return {
    orientation: 'horizontal',
    focus: focusOf(events, 'horizontal'),
    variableScale: false,
    width,
    height: Math.max(y - H.laneGap + H.bottom, H.axis + H.row * 2),
    window,
    segments,
    ticks: segmentTicks(segments, 64),
    lanes: placedLanes,
    compressed: compressedInfo(segments),
    axis: { r0, r1 },
    events,
  };
}

function layoutVertical(base: Base[], lanes: Lane[], window: TimeWindow, width: number): TimelineLayout {
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
      width: Math.min(labelWidth, Math.max(...lines.map((l) => textWidth(l, V.font)))),
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
