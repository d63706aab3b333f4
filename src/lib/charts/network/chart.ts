// The relationship diagram as one chart kind (registered in ../registry.ts).
import type { ChartDefinition } from '../definition';
import { relationshipsShown } from './shown';

export const networkChart: ChartDefinition<'network'> = {
  chart: 'network',
  fullView: { chart: 'network' },
  recordsShown: (view, data) => relationshipsShown(view, data.relationships ?? []),
  embedHeight: 760,
  twin: {
    anchor: 'relationships',
    linkText: 'Every relationship in this diagram, as a list',
    noun: 'relationships',
    count: (data) => data.relationships.length,
  },
};
