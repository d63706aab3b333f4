// Text measuring without a browser, so the build-time layout, the server render and the tests agree on
// label sizes, for every chart: the one measure they all call. Persian and Chinese widths come from
// HarfBuzz shaping in the fonts those editions ship, tabled at build time (shapedWidths.ts), and Chinese
// breaks between characters (lineBreaks.ts). English widths are DejaVu Sans advances, wider than Helvetica, Arial, Roboto or
// San Francisco (and DejaVu is the widest common fallback for system-ui), so a label that fits here fits
// in the reader's font too.

import { cjkPieces, pieces } from './lineBreaks';
import { bundledWidths, nodeWidths, type WidthTable } from './shapedWidths';

/** The edition's shaped widths, or null (English). Written so that in English's bundles, where
 * `bundledWidths` is the constant null, the minifier drops the shaped measure and the Chinese breaks. */
const shapedWidths = (): WidthTable | null =>
  bundledWidths === null ? null : (bundledWidths ?? nodeWidths());

export type Weight = 'regular' | 'bold';

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

/** The shaped advance of `text` at 100px: a label's piece as shaped whole, else its characters' sum
 * (exact for Chinese, which has no kerning between ideographs; wide for Persian letters, shaped alone in
 * their widest form); a character the table lacks counts a full em. */
function shapedUnits(shaped: WidthTable, text: string, weight: Weight): number {
  const i = weight === 'bold' ? 1 : 0;
  let w = 0;
  for (const token of text.split(/(\s+)/)) {
    const whole = shaped.widths[token];
    if (whole) w += whole[i];
    else for (const ch of token) w += shaped.widths[ch]?.[i] ?? 1000;
  }
  return w / 10;
}

/** The advance of `text` at 100px, a whole number in English (so widths added piece by piece are exact).
 * Accented letters count as their base letter. */
function units(text: string, weight: Weight): number {
  const shaped = bundledWidths !== null && shapedWidths();
  if (shaped) return shapedUnits(shaped, text, weight);
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

/** Estimated width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  return toPixels(units(text, weight), size);
}

/** Breaks `text` at spaces (and after hyphens; in Chinese between characters, lineBreaks.ts) into lines
 * no wider than `maxWidth`. A single word wider than the box stays whole on its own line: labels are
 * never cut. */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight = 'regular'): string[] {
  const words = bundledWidths !== null && shapedWidths()?.cjk ? pieces(text, cjkPieces) : pieces(text);
  const space = units(' ', weight);
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const { text: word, space: spaced } of words) {
    // The line's width grows word by word: measuring every candidate line from its start made wrapping a
    // long title quadratic.
    const wordUnits = units(word, weight);
    const joinedUnits = lineUnits + (line && spaced ? space : 0) + wordUnits;
    if (!line || toPixels(joinedUnits, size) <= maxWidth) {
      line = line ? (spaced ? `${line} ${word}` : line + word) : word;
      lineUnits = joinedUnits;
    } else {
      lines.push(line);
      line = word;
      lineUnits = wordUnits;
    }
  }
  if (line) lines.push(line);
  return lines;
}
