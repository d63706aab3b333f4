// The policy timeline as one chart kind (registered in ../registry.ts).
import type { ChartDefinition } from '../definition';
import { m } from '$lib/paraglide/messages.js';
import { eventsShown } from './shown';

export const timelineChart: ChartDefinition<'timeline'> = {
  chart: 'timeline',
  fullView: { chart: 'timeline' },
  recordsShown: (view, data) => eventsShown(view, data.events ?? []),
  embedHeight: 720,
  twin: {
    anchor: 'events',
    linkText: m.twin_timeline,
    noun: m.noun_events,
    count: (data) => data.events.length,
  },
};
