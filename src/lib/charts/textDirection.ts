// Chart SVG runs left to right in every edition (svg { direction: ltr } in src/app.css): the map is never
// mirrored and time runs left to right. A Persian label still reads right to left inside it, so each
// <text> says so itself. SVG 2 reads text-anchor in the text's own direction — under rtl "start" is the
// right edge — so the anchor is swapped to keep the label on the side of its point the layout measured
// (research/editions-anchors.md, recommendation 5).
import { edition } from '$lib/editions/current';

/** Where x is on the label, in left-to-right terms: start = its left edge. */
export type Anchor = 'start' | 'middle' | 'end';

const swapped = { start: 'end', middle: 'middle', end: 'start' } as const;

export interface LabelDir {
  direction?: 'rtl';
  'text-anchor'?: Anchor;
}

/** The direction and anchor attributes of a label in text of direction `dir`. Left to right gives no
 * text-anchor for "start", the default, so English markup is as before. */
export function labelDirIn(dir: 'ltr' | 'rtl', anchor: Anchor = 'start'): LabelDir {
  if (dir === 'rtl') return { direction: 'rtl', 'text-anchor': swapped[anchor] };
  return anchor === 'start' ? {} : { 'text-anchor': anchor };
}

/** The direction and anchor attributes of a chart label in this edition (spread on its <text>). */
export const labelDir = (anchor: Anchor = 'start'): LabelDir => labelDirIn(edition.dir, anchor);
