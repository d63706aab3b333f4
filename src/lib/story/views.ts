// What a chart shows for the active step: one pure function per block, so a jump, a reload or a fast flick
// lands on exactly the view of the step the reader is at.
import type { View } from '$lib/data/schema';
import type { Block } from './blocks';

/** The view of the block's step at `index` (clamped), i.e. what the sticky graphic shows. */
export function viewFor(block: Block, index: number): View {
  const i = Math.min(Math.max(index, 0), block.steps.length - 1);
  return block.steps[i].step.view;
}
