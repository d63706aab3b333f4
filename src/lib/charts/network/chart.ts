// The relationship diagram as one chart kind (registered in ../registry.ts).
import type { ChartDefinition } from '../definition';
import { m } from '$lib/paraglide/messages.js';
import { relationshipsShown } from './shown';

export const networkChart: ChartDefinition<'network'> = {
  chart: 'network',
  fullView: { chart: 'network' },
  recordsShown: (view, data) => relationshipsShown(view, data.relationships ?? []),
  embedHeight: 760,
  twin: {
    anchor: 'relationships',
    linkText: m.twin_network,
    noun: m.noun_relationships,
    count: (data) => data.relationships.length,
  },
};
