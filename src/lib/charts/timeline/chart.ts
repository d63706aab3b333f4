// The policy timeline as one chart kind (registered in ../registry.ts).
import type { ChartDefinition } from '../definition';
import { eventsShown } from './shown';

export const timelineChart: ChartDefinition<'timeline'> = {
  chart: 'timeline',
  fullView: { chart: 'timeline' },
  recordsShown: (view, data) => eventsShown(view, data.events ?? []),
  embedHeight: 720,
  twin: {
    anchor: 'events',
    linkText: 'Every event on this timeline, as a list',
    noun: 'events',
    count: (data) => data.events.length,
  },
};
