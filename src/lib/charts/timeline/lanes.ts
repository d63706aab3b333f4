// Lanes: who acted. The order runs from the company, through those who reported on it, to those who
// responded, with the wider context last.
import type { Lane } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages.js';
import { words } from '$lib/ui/words';

export const laneOrder: Lane[] = [
  'company',
  'reporting',
  'us-congress',
  'us-executive',
  'other-governments',
  'context',
];

export const laneLabel: Record<Lane, string> = words({
  company: m.lane_company,
  reporting: m.lane_reporting,
  'us-congress': m.lane_us_congress,
  'us-executive': m.lane_us_executive,
  'other-governments': m.lane_other_governments,
  context: m.lane_context,
});

/** Lanes to draw, in lane order: those asked for (all when `filter` is absent or empty) that hold events. */
export function visibleLanes(events: { lane: Lane }[], filter?: Lane[]): Lane[] {
  const used = new Set(events.map((e) => e.lane));
  return laneOrder.filter((l) => used.has(l) && (!filter?.length || filter.includes(l)));
}

/** Events grouped by lane, each group keeping the order it was given in. */
export function groupByLane<T extends { lane: Lane }>(events: T[]): Map<Lane, T[]> {
  const groups = new Map<Lane, T[]>(laneOrder.map((l) => [l, []]));
  for (const e of events) groups.get(e.lane)!.push(e);
  return groups;
}

/** For the narrow columns of the phone layout, where lane names stand on end. */
export const laneShortLabel: Record<Lane, string> = words({
  company: m.lane_company,
  reporting: m.lane_short_reporting,
  'us-congress': m.lane_us_congress,
  'us-executive': m.lane_short_us_executive,
  'other-governments': m.lane_short_other_governments,
  context: m.lane_context,
});
