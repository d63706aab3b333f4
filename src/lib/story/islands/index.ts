// Wakes one island of the story: hydrates its prerendered HTML with the component that rendered it. Loaded
// only when the reader nears the first chart, so the page's first view needs almost no JavaScript.
import { hydrate } from 'svelte';
import { readMapGeometry } from '$lib/geo/geometry.dom';
import type { ChartName } from '$lib/data/schema';
import StoryNav from './StoryNav.svelte';

// The story's block of each chart kind (entry-server.ts renders the same), loaded when it wakes.
const blocks = {
  map: () => import('./MapBlock.svelte'),
  network: () => import('./NetworkBlock.svelte'),
  timeline: () => import('./TimelineBlock.svelte'),
} satisfies Record<ChartName, () => Promise<unknown>>;

/** `pause` lets the browser draw between loading the block's code and hydrating it (see src/main.ts). */
export async function hydrateIsland(el: HTMLElement, pause: () => Promise<void>): Promise<void> {
  const id = el.dataset.island!;
  if (id === 'nav') {
    hydrate(StoryNav, { target: el });
    return;
  }
  const chart = el.dataset.chart as keyof typeof blocks;
  const { default: Block } = await blocks[chart]();
  const props = chart === 'map' ? { blockId: id, mapGeometry: readMapGeometry(el) } : { blockId: id };
  await pause();
  // Each block component takes the props it needs; the map alone reads its geometry back from the DOM.
  hydrate(Block as typeof import('./MapBlock.svelte').default, { target: el, props: props as never });
}
