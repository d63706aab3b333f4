// Chart SVG runs left to right in every edition (svg { direction: ltr } in src/app.css): the map is never
// mirrored and time runs left to right. A Persian label still reads right to left inside it, so each
// <text> says so itself. SVG 2 reads text-anchor in the text's own direction — under rtl "start" is the
// right edge — so the anchor is swapped to keep the label on the side of its point the layout measured
// (research/editions-anchors.md, recommendation 5).
import { edition } from '$lib/editions/current';

/** Where x is on the label, in left-to-right terms: start = its left edge. */
export type Anchor = 'start' | 'middle' | 'end';

const swapped = { start: 'end', middle: 'middle', end: 'start' } as const;

/** The text-anchor of a label in text of direction `dir`. Left to right gives none for "start", the
 * default, so English markup is as before. */
export function anchorIn(dir: 'ltr' | 'rtl', anchor: Anchor = 'start'): Anchor | undefined {
  if (dir === 'rtl') return swapped[anchor];
  return anchor === 'start' ? undefined : anchor;
}

// Two attributes rather than one object to spread: a spread makes Svelte ship its general attribute code
// with every chart (+2.9 KB gzip in an embed).
/** A chart label's direction attribute in this edition: rtl for Persian, else none. */
export const labelDirection: 'rtl' | undefined = edition.dir === 'rtl' ? 'rtl' : undefined;
/** A chart label's text-anchor attribute in this edition. */
export const labelAnchor = (anchor: Anchor = 'start'): Anchor | undefined => anchorIn(edition.dir, anchor);

/** An arrow in running text that points the reading way, "to": → in English and Chinese, ← in Persian.
 * (The arrows of a chart's own lines keep the chart's left to right; these are words' arrows.) */
export const arrowOn: '→' | '←' = edition.dir === 'rtl' ? '←' : '→';
/** An arrow in running text that points back against the reading way, "from". */
export const arrowBack: '→' | '←' = edition.dir === 'rtl' ? '→' : '←';
