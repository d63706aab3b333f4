// Rectangles in screen pixels, as the charts' label placement uses them: the network diagram and the map
// keep their labels apart with these, and the timeline's tests check its labels with them.
import { round1 } from '../geo/round';

/** A rectangle by its edges. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A rectangle as SVG draws one (the timeline's hit areas and label boxes are drawn straight from it). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const boxOf = (r: Rect): Box => ({ x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height });

/** True when the two boxes share more than `by` px in both directions (boxes that only touch do not). */
export const overlaps = (a: Box, b: Box, by = 0) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > by && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > by;

/** The box grown by `p` px on every side. */
export const pad = (b: Box, p: number): Box => ({ x0: b.x0 - p, y0: b.y0 - p, x1: b.x1 + p, y1: b.y1 + p });

/** Chart code rounds with the map geometry's own function (src/lib/geo/round.ts). */
export { round1 };

export const roundBox = (b: Box): Box => ({
  x0: round1(b.x0),
  y0: round1(b.y0),
  x1: round1(b.x1),
  y1: round1(b.y1),
});
