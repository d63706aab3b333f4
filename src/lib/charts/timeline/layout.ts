// Where every event of the policy timeline goes, as plain numbers: a pure function of the events, the
// view and the width, so it can be tested in Node and the component only draws. Wide screens get time
// across and lanes as bands (horizontal.ts); below VERTICAL_BELOW pixels time runs down, one row per
// event with its lane as a tag (rows.ts).
import type { Event, Lane, TimelineView } from '$lib/data/schema';
import { formatDateRange } from '$lib/ui/format';
import { isPoint, sortByDate, spanOf, type Span, type TimeWindow } from './dates';
import { layoutHorizontal } from './horizontal';
import type { Rect } from '../geometry';
import type { Segment, Tick } from './scale';
import { timelineScope } from './shown';
import { layoutRows } from './rows';

export { H } from './horizontal';
export { R } from './rows';

export const VERTICAL_BELOW = 600;

export type { EventLabel, Orientation, PlacedEvent, PlacedLane, TimelineLayout } from './types';
import type { PlacedEvent, PlacedLane, TimelineLayout } from './types';

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

/** `fold`: the phone's rows show only the view's own rows (see rows.ts); the server draws them all. */
/** The width the timeline is laid out at for a measured width: never narrower than its phone layout allows. */
export const timelineWidth = (width: number) => Math.max(280, Math.round(width));

export function layoutTimeline(
  events: Event[],
  view: Partial<TimelineView>,
  width: number,
  fold = false,
): TimelineLayout {
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
    ? layoutRows(base, lanes, window, width, fold)
    : layoutHorizontal(base, lanes, window, width);
}
