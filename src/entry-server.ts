// Prerender entry: renders each page to HTML at build time (scripts/prerender.ts writes it into dist/).
import { render as renderSvelte } from 'svelte/server';
import App from './App.svelte';
import EmbedMap from '$lib/embed/EmbedMap.svelte';
import EmbedNetwork from '$lib/embed/EmbedNetwork.svelte';
import EmbedTimeline from '$lib/embed/EmbedTimeline.svelte';
import { loadMapGeometry } from '$lib/charts/map/geometry.server';
import type { ChartName } from '$lib/data/schema';

export type PageName = 'story' | `embed-${ChartName}`;

/** Page name → path of its HTML file inside dist/. */
export const pageFiles: Record<PageName, string> = {
  story: 'index.html',
  'embed-map': 'embed/map/index.html',
  'embed-network': 'embed/network/index.html',
  'embed-timeline': 'embed/timeline/index.html',
};

export function render(page: PageName): { head: string; body: string } {
  const mapGeometry = loadMapGeometry();
  switch (page) {
    case 'story':
      return renderSvelte(App, { props: { mapGeometry } });
    case 'embed-map':
      return renderSvelte(EmbedMap, { props: { mapGeometry } });
    case 'embed-network':
      return renderSvelte(EmbedNetwork);
    case 'embed-timeline':
      return renderSvelte(EmbedTimeline);
  }
}
