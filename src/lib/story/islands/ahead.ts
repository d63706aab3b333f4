// A chart's layout worked out before the chart asks for it. A chart draws what its layout function gives
// for a view and a width (the map's mapSceneFor, the diagram's buildScene, the timeline's layoutTimeline); its island gives it
// that function with the results kept, works out the view the chart wakes on in a task before the chart
// hydrates, and the block's other views while the reader reads, so that waking and following a step find
// their layout ready (figure: docs/performance.md, "Work done ahead"). Nothing here changes what is drawn:
// a kept result is the one the function gives.

import type { View } from '$lib/data/schema';

/** Results kept; a block shows a handful of views, times a width or two. */
const LIMIT = 64;

/**
 * `compute` with its results kept by `key`: a call whose key was seen returns the result of the first such
 * call. The key must say everything the result depends on that may change (for an island, the view and
 * the width: its data stay the same objects).
 */
export function kept<A extends unknown[], R>(
  compute: (...args: A) => R,
  key: (...args: A) => string,
): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args) => {
    const k = key(...args);
    let result = results.get(k);
    if (result === undefined) {
      if (results.size >= LIMIT) results.clear();
      result = compute(...args);
      results.set(k, result);
    }
    return result;
  };
}

/** The key of a view at a width. */
export const viewKey = (view: unknown, width: number) => `${width} ${JSON.stringify(view ?? null)}`;

/**
 * A chart's scene function, taking its data with a view and a width in one object (the map's mapSceneFor,
 * the diagram's buildScene), kept for `data`: `sceneOf` for the chart, `ahead` for its island.
 */
export function sceneAhead<I extends { view?: unknown; width: number }, S>(
  scene: (input: I) => S,
  data: Omit<I, 'view' | 'width'>,
) {
  // The chart asks with the data it was given, which are these: the view and width are the key.
  const sceneOf = kept(scene, ({ view, width }: I) => viewKey(view, width));
  return {
    sceneOf,
    ahead: (view: View, width: number) => void sceneOf({ ...data, view, width } as I),
  };
}
