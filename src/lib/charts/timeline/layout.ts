// Where every event of the policy timeline goes, as plain numbers: a pure function of the events, the
// view and the width, so it can be tested in Node and the component only draws. Wide screens get time
// across and lanes as bands (horizontal.ts); below VERTICAL_BELOW pixels time runs down, lanes become
// narrow columns and the labels stack in one column at the side (vertical.ts).
import type { Event, Lane, TimelineView } from '$lib/data/schema';
import { formatDateRange } from '$lib/ui/format';
import { isPoint, sortByDate, spanOf, type Span, type TimeWindow } from './dates';
import { layoutHorizontal } from './horizontal';
import type { Rect } from '../geometry';
import type { Segment, Tick } from './scale';
import { timelineScope } from './shown';
import { layoutVertical } from './vertical';

export { H } from './horizontal';
export { V } from './vertical';

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
  hit: Rect;
  /** The label's box in chart pixels. */
  box: Rect;
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

export function layoutTimeline(events: Event[], view: Partial<TimelineView>, width: number): TimelineLayout {
  const sorted = sortByDate(events);
  const { window, lanes, shows } = timelineScope(view, events);
  const highlight = new Set(view.highlight ?? []);
  const base = sorted.map((event) => {
    const span = spanOf(event);
    return {
      event,
      span,
      point: isPoint(span),
      visible: shows(event, span),
      highlighted: highlight.has(event.id),
      muted: highlight.size > 0 && !highlight.has(event.id),
      dateText: formatDateRange(event.date, event.endDate),
    };
  });
  return width < VERTICAL_BELOW
    ? layoutVertical(base, lanes, window, width)
    : layoutHorizontal(base, lanes, window, width);
}
