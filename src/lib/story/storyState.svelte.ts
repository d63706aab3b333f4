// What the story's islands share: each scrolly block registers its step tracker here, so the stepper and
// the address bar can follow the step being read whichever blocks have woken up.
import { prefersReducedMotion } from 'svelte/motion';
import type { Step } from '$lib/data/schema';
import { stepAt, type Block } from '$lib/data/steps';
import { StepTracker } from './stepTracker.svelte';

interface Entry {
  block: Block;
  tracker: StepTracker;
}

class StoryState {
  entries = $state<Entry[]>([]);

  /** The tracker of a block, created on first use. */
  trackerFor(block: Block): StepTracker {
    const found = this.entries.find((e) => e.block.id === block.id);
    if (found) return found.tracker;
    const tracker = new StepTracker();
    this.entries.push({ block, tracker });
    return tracker;
  }

  /** The step being read: the active step of the block that spans the trigger line, if any. */
  get current(): Step | undefined {
    const e = this.entries.find((x) => x.tracker.inView);
    return e && stepAt(e.block, e.tracker.index);
  }

  /** Makes a step active at once (a jump from the stepper or a deep link), before scrolling settles. */
  select(stepId: string): void {
    for (const e of this.entries) {
      const i = e.block.steps.findIndex((s) => s.step.id === stepId);
      if (i >= 0) e.tracker.index = i;
    }
  }

  /** A jump from a stepper: the step is shown at once, and scrolled to the top of the text window. */
  goTo = (stepId: string): void => {
    this.select(stepId);
    document
      .getElementById(stepId)
      ?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion.current ? 'instant' : 'smooth' });
  };
}

export const storyState = new StoryState();
