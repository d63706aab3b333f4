// Wakes one island of the story: hydrates its prerendered HTML with the component that rendered it. Loaded
// only when the reader nears the first chart, so the page's first view needs almost no JavaScript.
import { hydrate } from 'svelte';
import { readMapGeometry } from '$lib/geo/geometry.dom';
import { charts } from '$lib/charts/registry';
import StoryNav from './StoryNav.svelte';
import { blocks } from './blocks';

/** `pause` lets the browser draw between loading the block's code and hydrating it (see src/main.ts). */
export async function hydrateIsland(el: HTMLElement, pause: () => Promise<void>): Promise<void> {
  const id = el.dataset.island!;
  if (id === 'nav') {
    hydrate(StoryNav, { target: el });
    return;
  }
  const chart = el.dataset.chart as keyof typeof blocks;
  const { default: Block } = await blocks[chart]();
  // A chart drawn on the map reads its geometry back from the prerendered SVG.
  const props = charts[chart].onMap ? { blockId: id, mapGeometry: readMapGeometry(el) } : { blockId: id };
  await pause();
  hydrate(Block, { target: el, props });
}
