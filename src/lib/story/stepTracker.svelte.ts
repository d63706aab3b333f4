// The only module that knows about scrollama. It reports which step of one block is active; scrollama's
// events only tell it *when* to look, and the index is always recomputed from where the steps are, so a
// fast flick that skips events, a jump or a reload mid-page still lands on the right step.
import scrollama, { type DecimalType } from 'scrollama';
import { indexAtLine } from './activeStep';
import { layoutNow, triggerLine } from '$lib/ui/layout';

export class StepTracker {
  /** Active step within the block. */
  index = $state(0);
  /** Whether the block spans the trigger line, i.e. its steps are the ones being read. */
  inView = $state(false);

  #steps: HTMLElement[] = [];

  /** Starts observing the `.step` elements inside `container`; returns the teardown for `$effect`. */
  observe(
    container: HTMLElement,
    // The trigger line of the page's layout (src/lib/ui/layout.ts).
    offset = triggerLine[layoutNow()] as DecimalType,
  ): () => void {
    this.#steps = [...container.querySelectorAll<HTMLElement>('.step')];
    // One step exiting and the next entering arrive as two callbacks in one task, and each measures: the
    // chart follows the step a frame later (islands/follow.svelte.ts), so all the first one's answer has
    // changed in the page by the second is the cards and the stepper, which that frame lays out anyway.
    const measure = () => this.measure(container, offset);
    const scroller = scrollama()
      .setup({ step: this.#steps, offset })
      .onStepEnter(measure)
      .onStepExit(measure);
    // The block itself reaching or leaving the trigger line measures too. Its steps' events alone leave
    // `inView` stale: once its last step has passed the line the block (its room under that step) still
    // spans it, and no step of it reports again as the reader scrolls on into the next block, whose
    // stepper then counted this block's step; nor does a last step that only ever touched the line.
    // The observer's root is the trigger line: a band of no height, which a box spanning it intersects.
    const pct = Math.round(offset * 1000) / 10;
    const line = new IntersectionObserver(measure, { rootMargin: `-${pct}% 0px -${100 - pct}% 0px` });
    line.observe(container);
    this.measure(container, offset);
    return () => {
      scroller.destroy();
      line.disconnect();
    };
  }

  /** Recomputes index and inView from the current layout. */
  measure(container: HTMLElement, offset: number): void {
    const h = window.innerHeight;
    const tops = this.#steps.map((el) => el.getBoundingClientRect().top);
    this.index = indexAtLine(tops, h, offset);
    const box = container.getBoundingClientRect();
    this.inView = box.top <= h * offset && box.bottom > h * offset;
  }
}
