// Which view an embed shows, from its own query string (?view=<step id>&theme=dark), and which sources
// back what that view draws. Pure: the embed page passes in its own location.search.
import { citationIds } from '$lib/data/provenance';
import { unhandledChart } from '$lib/data/chartKinds';
import type { ChartName, Citation, Dataset, Source, View } from '$lib/data/schema';
import { allSteps } from '$lib/data/steps';
import { claimsShown, countriesShown } from '$lib/charts/map/shown';
import { measuresShown } from '$lib/charts/map/measuresShown';
import { relationshipsShown } from '$lib/charts/network/shown';
import { eventsShown } from '$lib/charts/timeline/shown';

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  view: View;
  /** The step whose view is shown, if the query named one of this chart's steps. */
  stepId?: string;
  theme: Theme;
}

/** The whole chart: what an embed shows when the query names no step. The whole map is the record and
 * the claim it is set against. */
export const fullView = (chart: ChartName): View =>
  (chart === 'map' ? { chart, showClaim: true } : { chart }) as View;

export function embedOptions(search: string, chart: ChartName, data: Pick<Dataset, 'story'>): EmbedOptions {
  const q = new URLSearchParams(search);
  const t = q.get('theme');
  const theme: Theme = t === 'light' || t === 'dark' ? t : 'auto';
  const step = allSteps(data.story).find((s) => s.id === q.get('view') && s.view.chart === chart);
  return step ? { view: step.view, stepId: step.id, theme } : { view: fullView(chart), theme };
}

/** What an embed has of the dataset: the story and sources, and the records its chart draws. */
export type EmbedData = Pick<Dataset, 'story' | 'sources'> & Partial<Dataset>;

/** The sources of the records a view draws (by each chart's own rule, in its shown.ts), in the order
 * the dataset lists them. */
export function sourcesShown(view: View, data: Pick<EmbedData, 'sources'> & Partial<Dataset>): Source[] {
  const records = recordsShown(view, data);
  const wanted = new Set(records.flatMap((r) => citationIds(r.sources)));
  return data.sources.filter((s) => wanted.has(s.id));
}

/** The records a view draws, by its chart's own rule. */
function recordsShown(view: View, data: Partial<Dataset>): { sources: Citation[] }[] {
  switch (view.chart) {
    case 'map':
      return view.layer === 'measures'
        ? measuresShown(view, data.measures ?? [])
        : [...claimsShown(view, data.claims ?? []), ...countriesShown(view, data.countries ?? [])];
    case 'network':
      return relationshipsShown(view, data.relationships ?? []);
    case 'timeline':
      return eventsShown(view, data.events ?? []);
    default:
      return unhandledChart(view);
  }
}
