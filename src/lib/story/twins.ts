// Where each chart's text twin lives: a section of the data page (/data/), by chart. The story links there
// instead of carrying the twins itself, which keeps its HTML light for phones on slow links.
import type { ChartName } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages.js';
import { words } from '$lib/ui/words';

/** Section id of each chart's twin on the data page. */
export const twinAnchor: Record<ChartName, string> = {
  map: 'countries',
  network: 'relationships',
  timeline: 'events',
};

/** The link under each chart in the story. */
export const twinLinkText: Record<ChartName, string> = words({
  map: m.twin_map,
  network: m.twin_network,
  timeline: m.twin_timeline,
});

/** URL of a chart's twin, under the site's base path. */
export const twinHref = (base: string, chart: ChartName) => `${base}data/#${twinAnchor[chart]}`;
