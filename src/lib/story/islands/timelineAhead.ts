// The timeline's layouts worked out ahead (ahead.ts): `layoutOf` for the chart, `ahead` for its island.
import type { Event, TimelineView, View } from '$lib/data/schema';
import { layoutTimeline, timelineWidth } from '$lib/charts/timeline/layout';
import { kept, viewKey } from './ahead';

export function timelineAhead(events: Event[]) {
  // The chart asks with the events it was given, which are these: the view, width and fold are the key.
  const layoutOf = kept(layoutTimeline, (_events, view, width, fold) => `${fold} ${viewKey(view, width)}`);
  return {
    layoutOf,
    // As the awake chart asks: at its width for the one measured, its rows folded (scripts run).
    ahead: (view: View, width: number) =>
      void layoutOf(events, view as TimelineView, timelineWidth(width), true),
  };
}
