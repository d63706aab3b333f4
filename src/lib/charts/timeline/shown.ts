// Which events a timeline view shows: those in its lanes (every lane when it names none) whose period
// shares any time with its window (from the start of `from` to the end of `to`; a bound it leaves out is
// the data's). An event of a whole year or month counts for all of it, and a ranged one up to its end
// date. The timeline's layout draws these, and an embed of the view lists their sources.
import type { Event, TimelineView } from '$lib/data/schema';
import { overlapsWindow, spanOf, windowFor, type Span } from './dates';
import { visibleLanes } from './lanes';

type Scope = Pick<TimelineView, 'from' | 'to' | 'lanes'>;
type Dated = Pick<Event, 'date' | 'endDate' | 'lane'>;

/** The view's window and lanes, and a test for one event (given its span, when that is at hand). */
export function timelineScope(view: Scope, events: Dated[]) {
  const window = windowFor(view, events);
  const lanes = visibleLanes(events, view.lanes);
  const shows = (event: Dated, span: Span = spanOf(event)) =>
    lanes.includes(event.lane) && overlapsWindow(span, window.from, window.to);
  return { window, lanes, shows };
}

/** The events the view shows, in the order given. */
export function eventsShown<E extends Dated>(view: Scope, events: E[]): E[] {
  const { shows } = timelineScope(view, events);
  return events.filter((e) => shows(e));
}
