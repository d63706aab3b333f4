// What the site needs to know of one chart kind besides its component. Each kind declares it in its own
// folder (<kind>/chart.ts, and <kind>/embed.ts for its embed) and is registered once, in registry.ts.
import type { Component } from 'svelte';
import type { ChartName, Citation, Dataset, View } from '$lib/data/schema';
import type { MapGeometry } from '$lib/geo/types';

/** The view of one chart kind. */
export type ViewOf<K extends ChartName> = Extract<View, { chart: K }>;

/** What an embed has of the dataset: the story and sources, and the records its chart draws. */
export type EmbedData = Pick<Dataset, 'story' | 'sources'> & Partial<Dataset>;

export interface ChartDefinition<K extends ChartName = ChartName> {
  chart: K;
  /** The whole chart: what an embed shows when its query names no step. */
  fullView: ViewOf<K>;
  /** The records a view draws, by the chart's own rule (its shown.ts): an embed lists their sources. */
  recordsShown(view: ViewOf<K>, data: Partial<Dataset>): { sources: Citation[] }[];
  /** Height of the embed's iframe before auto-height takes over: fits a typical column. */
  embedHeight: number;
  /** The chart's text twin on the data page (/data/): its section's id, the link to it under the chart
   * in the story, and what the twin counts ("45 relationships"), in the edition's words (messages/). */
  twin: {
    anchor: string;
    linkText: () => string;
    noun: (p: { count: string }) => string;
    count(data: Dataset): number;
  };
  /** Drawn on the map's prepared geometry: the build loads it, the browser reads it back from the
   * prerendered SVG (the geometry is shipped once, in the markup). */
  onMap?: true;
}

/**
 * A chart as its embed shows it (<kind>/embed.ts): the component, the records it draws (the embed's
 * trimmed data files, so an embed carries only its own chart's data), and the props it takes besides
 * view, width, reducedMotion and label. `readGeometry`, for a chart drawn on the map (`onMap`), reads its
 * geometry back from the prerendered SVG: named here, not in the one embed entry, so that other charts'
 * embeds do not carry the reader.
 */
export interface ChartEmbed<K extends ChartName = ChartName> {
  chart: ChartDefinition<K>;
  // Each chart takes its own props; `props` supplies them.
  component: Component<any>;
  data: EmbedData;
  props(geometry: MapGeometry | undefined): Record<string, unknown>;
  readGeometry?: (root: ParentNode) => MapGeometry;
}
