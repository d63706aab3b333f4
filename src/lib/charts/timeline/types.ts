// What a timeline layout is made of: the shapes layoutTimeline (layout.ts) returns and its parts fill in.
import type { Event, Lane } from '$lib/data/schema';
import type { Rect } from '../geometry';
import type { Span, TimeWindow } from './dates';
import type { Segment, Tick } from './scale';

export type Orientation = 'horizontal' | 'vertical';

export interface EventLabel {
  /** Top-left corner, relative to the event's anchor. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The phone's rows: the date above the title, as drawn (one line, or a long range in two, broken
   * after its dash), with the lane as a tag after it. */
  dateLines?: string[];
  tag?: string;
  /** The tag on a line of its own under the date, when the two do not fit on one (a long Persian range). */
  tagBelow?: boolean;
  lines: string[];
  /** Wide timeline: the label lies across its own mark (no room beside it), on a ground of paper. */
  onMark?: boolean;
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
  label: EventLabel;
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
