// Prerender entry: renders each page to HTML at build time (scripts/prerender.ts writes it into dist/).
// The story is a static shell with islands: each island is rendered on its own, so the browser can hydrate
// it on its own (src/main.ts), with the same component and props.
import { render as renderSvelte } from 'svelte/server';
// The page-wide stylesheet goes into the SSR build's CSS too, which the prerender inlines into every page.
import './app.css';
import App from './App.svelte';
import DataPage from './DataPage.svelte';
import FootprintTable from '$lib/charts/FootprintTable.svelte';
import MapBlock from '$lib/story/islands/MapBlock.svelte';
import NetworkBlock from '$lib/story/islands/NetworkBlock.svelte';
import TimelineBlock from '$lib/story/islands/TimelineBlock.svelte';
import StoryNav from '$lib/story/islands/StoryNav.svelte';
import Embed from '$lib/embed/Embed.svelte';
import type { ChartEmbed } from '$lib/charts/definition';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { dataset } from '$lib/data';
import { groupSteps } from '$lib/data/steps';
import { unhandledChart } from '$lib/data/chartKinds';
import { chartNames } from '$lib/charts/registry';
import { embedChart, pageFiles, type PageName } from '$lib/publish/pages';

export { pageFiles, type PageName };

/** Fills each placeholder <div data-island="id" …></div> of a page with its island's HTML. */
const fillIslands = (body: string, renderOne: (id: string) => string) =>
  body.replace(
    /(<div[^>]*\bdata-island="([^"]+)"[^>]*>)(<\/div>)/g,
    (_, open: string, id: string, close: string) => open + renderOne(id) + close,
  );

// Each chart's embed module, found in its folder (the browser's build picks the same file: scripts/embedEntry.ts).
const embedModules = import.meta.glob<{ embed: ChartEmbed }>('./lib/charts/*/embed.ts', { eager: true });
const embeds = new Map(
  chartNames.map((chart) => {
    const module = embedModules[`./lib/charts/${chart}/embed.ts`];
    if (!module)
      throw new Error(`src/lib/charts/${chart}/embed.ts is missing: every registered chart needs one`);
    return [chart, module.embed];
  }),
);

function renderEmbed(embed: ChartEmbed) {
  const geometry = embed.readGeometry ? loadMapGeometry() : undefined;
  return renderSvelte(Embed, { props: { embed, geometry } });
}

function renderIsland(id: string): string {
  if (id === 'nav') return renderSvelte(StoryNav).body;
  const block = groupSteps(dataset.story).find((b) => b.id === id);
  if (!block) throw new Error(`no scrolly block "${id}"`);
  switch (block.chart) {
    case 'map':
      // Ids prefixed by the block: two map blocks (the footprint, the measures) each render from "s1".
      return renderSvelte(MapBlock, {
        props: { blockId: id, mapGeometry: loadMapGeometry() },
        idPrefix: `${id}-`,
      }).body;
    case 'network':
      return renderSvelte(NetworkBlock, { props: { blockId: id } }).body;
    case 'timeline':
      return renderSvelte(TimelineBlock, { props: { blockId: id } }).body;
    default:
      return unhandledChart(block.chart);
  }
}

export function render(page: PageName): { head: string; body: string } {
  switch (page) {
    case 'story': {
      const { head, body } = renderSvelte(App);
      return { head, body: fillIslands(body, renderIsland) };
    }
    case 'data': {
      // One island: the sortable countries table, hydrated by src/data-page.ts with the same props.
      const { head, body } = renderSvelte(DataPage);
      const { countries, sources } = dataset;
      return {
        head,
        body: fillIslands(body, () => renderSvelte(FootprintTable, { props: { countries, sources } }).body),
      };
    }
    default:
      return renderEmbed(embeds.get(embedChart(page)!)!);
  }
}
