// When a block's chart follows the step being read: the one place that decides it. Charts draw the view
// they are given, at once; the waits that keep a step change inside a phone's frames are all here (each
// kept for the figure in docs/performance.md).
//
//   1. The cards and the stepper change with the step; the chart's view follows at the start of the frame
//      after the one that draws them (frameAfterPaint), so its update and its drawing make one frame.
//   2. On a map, a new region (the start of a flight) and showing the claim comparison (a hundred-odd
//      squares to lay out) follow in a task after that frame has been drawn (afterPaint): each is a
//      frame's work of its own on a phone. A cut (reduced motion) and hiding the claim are not delayed.
import type { View } from '$lib/data/schema';
import { afterPaint } from '$lib/schedule';
import { lagged } from '$lib/schedule/lagged.svelte';

/**
 * What a map shows while the rest of its next view is drawn: that view with the region and the claim
 * of the view before (`settled`). Returns `next` itself when nothing waits, so a chart is given a new view
 * only when there is something new to draw.
 */
export function staged(next: View, settled: View, cut: boolean): View {
  if (next.chart !== 'map' || settled.chart !== 'map') return next;
  const region = cut ? next.region : settled.region;
  const showClaim = !!next.showClaim && !!settled.showClaim;
  if ((region ?? 'world') === (next.region ?? 'world') && showClaim === !!next.showClaim) return next;
  return { ...next, region, showClaim };
}

/**
 * Call during a block's setup with the index of the step being read, the view of each step and the
 * reader's reduced-motion setting: `index` is the step the chart shows, `view` what it draws.
 */
export function followStep(
  reading: () => number,
  viewAt: (index: number) => View,
  reducedMotion: () => boolean,
) {
  const shown = lagged(reading);
  const next = $derived(viewAt(shown.current));
  const settled = lagged(() => next, { wait: afterPaint });
  const view = $derived(staged(next, settled.current, reducedMotion()));
  return {
    get index() {
      return shown.current;
    },
    get view() {
      return view;
    },
  };
}
