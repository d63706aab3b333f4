// The story's block of each chart kind: loaded when it wakes (index.ts) and rendered by the prerender
// (src/entry-server.ts). Its type asks for one per kind of the view union, so a new kind fails
// `npm run check` here until it has one.
import type { Component } from 'svelte';
import type { ChartName } from '$lib/data/schema';

// Each block takes its own props: blockId, and for a chart drawn on the map, its geometry.
type Block = () => Promise<{ default: Component<any> }>;

export const blocks: Record<ChartName, Block> = {
  map: () => import('./MapBlock.svelte'),
  network: () => import('./NetworkBlock.svelte'),
  timeline: () => import('./TimelineBlock.svelte'),
};
