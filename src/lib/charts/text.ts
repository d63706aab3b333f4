// Text measuring without a browser, so the build-time layout, the server render and the tests agree on
// label sizes, for every chart: the one measure they all call. Persian and Chinese widths come from
// HarfBuzz shaping in the fonts those editions ship, tabled at build time (shapedWidths.ts), and Chinese
// breaks between characters (lineBreaks.ts). English widths are DejaVu Sans advances, wider than
// Helvetica, Arial, Roboto or San Francisco (and DejaVu is the widest common fallback for system-ui), so
// a label that fits here fits in the reader's font too.

import { pieces, wrapPieces } from './lineBreaks';
import { shapedMeasure } from './shapedMeasure';
import { bundledWidths, nodeWidths, type WidthTable, type Weight } from './shapedWidths';

/** The edition's shaped widths, or null (English). Written so that in English's bundles, where
 * `bundledWidths` is the constant null, the minifier drops the shaped measure and the Chinese breaks. */
const shapedWidths = (): WidthTable | null =>
  bundledWidths === null ? null : (bundledWidths ?? nodeWidths());

export type { Weight };

/** Advance widths of ASCII 32–126 at 100px, regular and bold (DejaVu Sans, measured in Chromium). */
const regular = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
  34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73,
  68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63,
  63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const bold = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
  40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68,
  81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71,
  69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];

/** The advance of `text` at 100px in DejaVu Sans, a whole number (so widths added piece by piece are exact).
 * Accented letters count as their base letter. The Persian width table takes its Latin letters from here
 * (scripts/textWidths.ts): they are drawn in the system sans there too. */
export function units(text: string, weight: Weight): number {
  const table = weight === 'bold' ? bold : regular;
  let w = 0;
  for (const ch of text.normalize('NFD')) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue; // combining accents add no width
    w += code >= 32 && code <= 126 ? table[code - 32] : 100; // dashes, quotes, CJK: assume a full em
  }
  return w;
}

const toPixels = (w: number, size: number) => (w * size) / 100;

/** Width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const shaped = bundledWidths !== null && shapedWidths();
  if (shaped) return shapedMeasure(shaped).textWidth(text, size, weight);
  return toPixels(units(text, weight), size);
}

/** Breaks `text` at spaces (and after hyphens; in Chinese between characters, lineBreaks.ts) into lines
 * no wider than `maxWidth`. A single word wider than the box stays whole on its own line: labels are
 * never cut. */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight = 'regular'): string[] {
  const shaped = bundledWidths !== null && shapedWidths();
  if (shaped) return shapedMeasure(shaped).wrapText(text, maxWidth, size, weight);
  // In whole units, so that widths added piece by piece are exact.
  const width = (s: string) => units(s, weight);
  return wrapPieces(pieces(text), width, width(' '), (w) => toPixels(w, size) <= maxWidth);
}
