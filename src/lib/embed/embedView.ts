// Which view an embed shows, from its own query string (?view=<step id>&theme=dark), and which sources
// back what that view draws. Pure: the embed page passes in its own location.search. Each takes the
// chart's definition (src/lib/charts/<kind>/chart.ts) rather than the registry, so an embed carries only
// its own chart's rules.
import { citationIds } from '$lib/data/provenance';
import type { ChartName, Source, View } from '$lib/data/schema';
import { allSteps } from '$lib/data/steps';
import type { ChartDefinition, EmbedData, ViewOf } from '$lib/charts/definition';

export type { EmbedData };
export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  view: View;
  /** The step whose view is shown, if the query named one of this chart's steps. */
  stepId?: string;
  theme: Theme;
}

export function embedOptions<K extends ChartName>(
  search: string,
  chart: ChartDefinition<K>,
  data: Pick<EmbedData, 'story'>,
): EmbedOptions {
  const q = new URLSearchParams(search);
  const t = q.get('theme');
  const theme: Theme = t === 'light' || t === 'dark' ? t : 'auto';
  const step = allSteps(data.story).find((s) => s.id === q.get('view') && s.view.chart === chart.chart);
  return step ? { view: step.view, stepId: step.id, theme } : { view: chart.fullView, theme };
}

/** The sources of the records a view draws (by its chart's own rule, in its shown.ts), in the order
 * the dataset lists them. */
export function sourcesShown<K extends ChartName>(
  chart: ChartDefinition<K>,
  view: ViewOf<K>,
  data: Pick<EmbedData, 'sources'> & Partial<EmbedData>,
): Source[] {
  const wanted = new Set(chart.recordsShown(view, data).flatMap((r) => citationIds(r.sources)));
  return data.sources.filter((s) => wanted.has(s.id));
}
