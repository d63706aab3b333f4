// Keeps the part of a tall chart that a step is about in view. On a phone the sticky graphic has room for
// roughly the top half of the screen (the step cards pass over the rest), and the timeline's rows or a
// tall diagram are taller than that; the frame slides the chart's plot up, under its key, so its
// highlighted (else visible) marks sit in the visible window. The chart knows nothing of this: it only
// says what its view is about, and which of its parts are the plot and the key.

/** A vertical stretch of the chart, in px from its top. */
export interface Extent {
  top: number;
  bottom: number;
}

/** What a step is about. */
export type Focus = Extent;

/** How far to slide a chart up (px) so `focus` sits in a window `visible` px tall from its top. */
export function panOffset(chartHeight: number, visible: number, focus: Focus | null, margin = 16): number {
  if (!focus || chartHeight <= visible) return 0;
  const span = focus.bottom - focus.top;
  const fits = span + 2 * margin <= visible;
  // A focus that fits is centred; a taller one starts at its top.
  const wanted = fits ? focus.top - (visible - span) / 2 : focus.top - margin;
  return Math.round(Math.min(Math.max(wanted, 0), chartHeight - visible));
}

/** What a chart's view is about, relative to `frame`. A chart says it in `data-focus` ("top bottom", in
 * the pixels of the SVG that carries it), because right after a step change its marks are still moving
 * or fading from the last view, and measuring them would find the last view; a chart without it is
 * measured: the union of the boxes of its highlighted marks, else of its visible ones. */
export function focusBox(chart: Element, frame: Element): Focus | null {
  const declared = chart.querySelector('svg[data-focus]');
  if (declared) {
    const [top, bottom] = declared.getAttribute('data-focus')!.split(' ').map(Number);
    const r = declared.getBoundingClientRect();
    // The SVG may be scaled down to fit its column (no-JS fallback width): its pixels are not CSS pixels.
    const scale = r.height / (Number(declared.getAttribute('height')) || r.height || 1);
    const at = r.top - frame.getBoundingClientRect().top;
    return { top: at + top * scale, bottom: at + bottom * scale };
  }
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
