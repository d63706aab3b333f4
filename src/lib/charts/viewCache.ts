// A chart works out what to draw for a view with a pure function (layoutTimeline, buildScene): a few
// milliseconds on a phone, spent inside the frame that shows a new view. Whoever shows the chart may know
// which views it will be asked for next (its `views` prop), so those are worked out ahead, while the reader
// is reading, and a change of view finds its layout ready. Nothing here changes what is drawn: a cached
// result is the one the function gives.

/** Results kept per data at most; a chart is shown a handful of views, times a width or two. */
const LIMIT = 64;

/**
 * Wraps `compute` so that a call with the same data (the same objects), an equal view and the same width
 * returns the result of the first such call.
 */
export function cachedPerView<D extends readonly unknown[], V, R>(
  compute: (data: D, view: V, width: number) => R,
): (data: D, view: V, width: number) => R {
  let lastData: D | undefined;
  let results = new Map<string, R>();
  return (data, view, width) => {
    if (!lastData || data.length !== lastData.length || data.some((d, i) => d !== lastData![i])) {
      lastData = data;
      results = new Map();
    }
    const key = `${width} ${JSON.stringify(view ?? null)}`;
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= LIMIT) results.clear();
      result = compute(data, view, width);
      results.set(key, result);
    }
    return result;
  };
}
