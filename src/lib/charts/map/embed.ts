// The footprint map's embed (/embed/map/): its data, trimmed to what the embed draws, and its props.
import { countries, claims } from '$lib/data/files/footprint';
import { measures, measureSources } from '$lib/data/files/embedMeasures';
import { sources as shared, story } from '$lib/data/files/embed';
import { readMapGeometry } from '$lib/geo/geometry.dom';
import type { ChartEmbed } from '../definition';
import FootprintMap from '../FootprintMap.svelte';
import { mapChart } from './chart';

// The sources every embed has, and those only the measures view cites.
const sources = [...shared, ...measureSources];

export const embed: ChartEmbed<'map'> = {
  chart: mapChart,
  component: FootprintMap,
  data: { countries, claims, measures, sources, story },
  props: (geometry) => ({ geometry, countries, claims, sources, measures }),
  readGeometry: readMapGeometry,
};
