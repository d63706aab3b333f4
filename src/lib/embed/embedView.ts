// Which view an embed shows, from its own query string (?view=<step id>&theme=dark), and which sources
// back what that view draws. Pure: the embed page passes in its own location.search.
import { citationIds } from '$lib/data/provenance';
import type { ChartName, Dataset, Source, View } from '$lib/data/schema';
import { allSteps } from '$lib/data/steps';

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  view: View;
  /** The step whose view is shown, if the query named one of this chart's steps. */
  stepId?: string;
  theme: Theme;
}

/** The whole chart: what an embed shows when the query names no step. */
export const fullView = (chart: ChartName): View => ({ chart }) as View;

export function embedOptions(search: string, chart: ChartName, data: Pick<Dataset, 'story'>): EmbedOptions {
  const q = new URLSearchParams(search);
  const t = q.get('theme');
  const theme: Theme = t === 'light' || t === 'dark' ? t : 'auto';
  const step = allSteps(data.story).find((s) => s.id === q.get('view') && s.view.chart === chart);
  return step ? { view: step.view, stepId: step.id, theme } : { view: fullView(chart), theme };
}

const within = (date: string, from?: string, to?: string) =>
  (!from || date.slice(0, from.length) >= from) && (!to || date.slice(0, to.length) <= to);

/** What an embed has of the dataset: the story and sources, and the records its chart draws. */
export type EmbedData = Pick<Dataset, 'story' | 'sources'> & Partial<Dataset>;

/** The sources of the records a view draws, in the order the dataset lists them. */
export function sourcesShown(view: View, data: EmbedData): Source[] {
  let ids: string[];
  if (view.chart === 'map') {
    const shown = (data.countries ?? []).filter((c) => !view.statuses || view.statuses.includes(c.status));
    ids = [...(data.claims ?? []), ...shown].flatMap((r) => citationIds(r.sources));
  } else if (view.chart === 'network') {
    const nodes = view.nodes ? new Set(view.nodes) : null;
    const shown = (data.relationships ?? []).filter((r) => !nodes || (nodes.has(r.from) && nodes.has(r.to)));
    ids = shown.flatMap((r) => citationIds(r.sources));
  } else {
    const shown = (data.events ?? []).filter(
      (e) => within(e.date, view.from, view.to) && (!view.lanes || view.lanes.includes(e.lane)),
    );
    ids = shown.flatMap((e) => citationIds(e.sources));
  }
  const wanted = new Set(ids);
  return data.sources.filter((s) => wanted.has(s.id));
}
