// The only module that knows about scrollama. It reports which step of one block is active; scrollama's
// events only tell it *when* to look, and the index is always recomputed from where the steps are, so a
// fast flick that skips events, a jump or a reload mid-page still lands on the right step.
import scrollama, { type DecimalType } from 'scrollama';
import { indexAtLine } from './activeStep';
import { inTask, type Cancel } from '$lib/schedule';
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
    // One step exiting and the next entering arrive as two observer callbacks in the same task, and the
    // first one's state change re-renders the chart before the second runs: measuring in each would make
    // the second force a synchronous style and layout of the new chart. Measure once, in a task of its own
    // right after them: layout is still clean then, and both events are answered by one reading. A task
    // rather than the next animation frame: the chart's update then runs while the browser would otherwise
    // wait for the frame, instead of after the wait, and the frame that draws it ends that much sooner.
    let pending: Cancel | undefined;
    const measure = () => {
      pending ??= inTask(() => {
        pending = undefined;
        this.measure(container, offset);
      });
    };
    const scroller = scrollama()
      .setup({ step: this.#steps, offset })
      .onStepEnter(measure)
      .onStepExit(measure);
    this.measure(container, offset);
    return () => {
      pending?.();
      scroller.destroy();
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
