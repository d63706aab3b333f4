// Prerender entry: renders each page to HTML at build time (scripts/prerender.ts writes it into dist/).
// The story is a static shell with islands: each island is rendered on its own, so the browser can hydrate
// it on its own (src/main.ts), with the same component and props.
import { render as renderSvelte } from 'svelte/server';
// The page-wide stylesheet goes into the SSR build's CSS too, which the prerender inlines into every page.
import './app.css';
import App from './App.svelte';
import DataPage from './DataPage.svelte';
import FootprintTable from '$lib/charts/FootprintTable.svelte';
import { blocks } from '$lib/story/islands/blocks';
import StoryNav from '$lib/story/islands/StoryNav.svelte';
import Embed from '$lib/embed/Embed.svelte';
import type { ChartEmbed } from '$lib/charts/definition';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { dataset } from '$lib/data';
import { groupSteps } from '$lib/data/steps';
import { charts, chartNames } from '$lib/charts/registry';
import { embedChart, pageFiles, type PageName } from '$lib/publish/pages';
import EditionSwitcher from '$lib/editions/EditionSwitcher.svelte';
import type { EditionId } from '$lib/editions/editions';
import type { EditionNote } from '$lib/data/translations';

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

// The story's block of each chart kind, as the browser loads it when it wakes.
const blockComponents = new Map(
  await Promise.all(chartNames.map(async (chart) => [chart, (await blocks[chart]()).default] as const)),
);

function renderEmbed(embed: ChartEmbed) {
  const geometry = embed.chart.onMap ? loadMapGeometry() : undefined;
  return renderSvelte(Embed, { props: { embed, geometry } });
}

function renderIsland(id: string): string {
  if (id === 'nav') return renderSvelte(StoryNav).body;
  const block = groupSteps(dataset.story).find((b) => b.id === id);
  if (!block) throw new Error(`no scrolly block "${id}"`);
  // Ids prefixed by the block: two blocks of one chart (the footprint, the measures) each render from "s1".
  // A chart drawn on the map gets its geometry, which the browser reads back from the prerendered SVG.
  const props = charts[block.chart].onMap ? { blockId: id, mapGeometry: loadMapGeometry() } : { blockId: id };
  return renderSvelte(blockComponents.get(block.chart)!, { props, idPrefix: `${id}-` }).body;
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

/** The language switcher of the page at `path` ("", "data/"): the editions built, and a translation's
 * status. */
export const renderSwitcher = (path: string, built: EditionId[], note?: EditionNote) =>
  renderSvelte(EditionSwitcher, { props: { path, built, ...note } }).body;
