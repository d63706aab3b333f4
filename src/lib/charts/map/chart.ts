// The footprint map as one chart kind (registered in ../registry.ts).
import type { ChartDefinition } from '../definition';
import { m } from '$lib/paraglide/messages.js';
import { claimsShown, countriesShown } from './shown';
import { measuresShown } from './measuresShown';

export const mapChart: ChartDefinition<'map'> = {
  chart: 'map',
  // The whole map is the record and the claim it is set against.
  fullView: { chart: 'map', showClaim: true },
  recordsShown: (view, data) =>
    view.layer === 'measures'
      ? measuresShown(view, data.measures ?? [])
      : [...claimsShown(view, data.claims ?? []), ...countriesShown(view, data.countries ?? [])],
  embedHeight: 620,
  onMap: true,
  twin: {
    anchor: 'countries',
    linkText: m.twin_map,
    noun: m.noun_countries,
    count: (data) => data.countries.length,
  },
};
