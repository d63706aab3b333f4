// Keeps the part of a tall chart that a step is about in view. On a phone the sticky graphic has room for
// roughly the top half of the screen (the step cards pass over the rest), and a vertical timeline or a
// tall diagram is taller than that; the frame slides the chart up so its highlighted (else visible) marks
// sit in the visible window. The chart itself knows nothing of this: it only marks what it shows.

export interface Box {
  top: number;
  bottom: number;
}

/** How far to slide a chart up (px) so `focus` sits in a window `visible` px tall from its top. */
export function panOffset(chartHeight: number, visible: number, focus: Box | null, margin = 16): number {
  if (!focus || chartHeight <= visible) return 0;
  const span = focus.bottom - focus.top;
  // A focus that fits is centred; a taller one starts at its top.
  const wanted = span + 2 * margin <= visible ? focus.top - (visible - span) / 2 : focus.top - margin;
  return Math.round(Math.min(Math.max(wanted, 0), chartHeight - visible));
}

/** The union of the boxes of a chart's highlighted marks, else of its visible ones, relative to `frame`. */
export function focusBox(chart: Element, frame: Element): Box | null {
  const marks = [...chart.querySelectorAll('[data-highlighted="true"]')];
  const pick = marks.length ? marks : [...chart.querySelectorAll('[data-visible="true"]')];
  if (!pick.length) return null;
  const origin = frame.getBoundingClientRect().top;
  let top = Infinity;
  let bottom = -Infinity;
  for (const el of pick) {
    const r = el.getBoundingClientRect();
    if (r.height === 0 && r.width === 0) continue;
    top = Math.min(top, r.top - origin);
    bottom = Math.max(bottom, r.bottom - origin);
  }
  return top === Infinity ? null : { top, bottom };
}
