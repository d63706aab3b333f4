// The chart kinds, registered once. A kind's view is declared in the schema (src/lib/data/schema.ts, the
// view union); its chart lives in its own folder with a chart.ts (what the site needs to know of it) and an
// embed.ts (its embed); this object lists them. Its type requires one entry per kind of the view union, so
// a new kind fails `npm run check` here until it is registered, and at every switch over the kinds
// (ending in unhandledChart, src/lib/data/chartKinds.ts) until each handles it.
import type { ChartName } from '$lib/data/schema';
import type { ChartDefinition } from './definition';
import { mapChart } from './map/chart';
import { networkChart } from './network/chart';
import { timelineChart } from './timeline/chart';

export const charts: { [K in ChartName]: ChartDefinition<K> } = {
  map: mapChart,
  network: networkChart,
  timeline: timelineChart,
};

/** Every chart kind, in the order the site lists them (the data page, the builds of the embeds). */
export const chartNames = Object.keys(charts) as ChartName[];

/** A kind's definition, for code that holds a kind of any chart. */
export const chartOf = <K extends ChartName>(chart: K) => charts[chart] as unknown as ChartDefinition<K>;
