// Where each chart's text twin lives: a section of the data page (/data/), by chart (its chart.ts names
// it). The story links there instead of carrying the twins itself, which keeps its HTML light for phones
// on slow links.
import type { ChartName } from '$lib/data/schema';
import { charts } from '$lib/charts/registry';

/** URL of a chart's twin, under the site's base path. */
export const twinHref = (base: string, chart: ChartName) => `${base}data/#${charts[chart].twin.anchor}`;

/** The link under each chart in the story. */
export const twinLinkText = (chart: ChartName) => charts[chart].twin.linkText();
