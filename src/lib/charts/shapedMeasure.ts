// The measure of an edition with a width table (shapedWidths.ts): Persian and Chinese. text.ts calls it
// for the edition being built; tests call it with a table of their own.
import { cjkPieces, pieces, wrapBalanced, wrapPieces } from './lineBreaks';
import type { Weight, WidthTable } from './shapedWidths';

/** `text`'s advance in ems: a label's piece as shaped whole, else its characters' sum (exact for Chinese,
 * which has no kerning between ideographs; wide for Persian letters, shaped alone in their widest form);
 * a character the table lacks counts a full em. Spaces are characters of the table. */
function ems(shaped: WidthTable, text: string, weight: Weight): number {
  const i = weight === 'bold' ? 1 : 0;
  let w = 0;
  for (const token of text.split(/(\s+)/)) {
    const whole = shaped.widths[token];
    if (whole) w += whole[i];
    else w += letters(shaped, token, i);
  }
  return w / 1000;
}

/** Marks that sit on a letter and let the letters either side join (harakat, superscript alef). */
const transparent = /[\u064b-\u065f\u0670\u06d6-\u06ed]/;

/** A piece measured letter by letter, each Arabic-script letter in the form it takes between its
 * neighbours (isolated, initial, medial, final: Unicode's joining rules, with the joiner and kashida). */
function letters(shaped: WidthTable, token: string, i: number): number {
  const chars = [...token];
  const j = shaped.joining;
  const neighbour = (k: number, step: number) => {
    for (let n = k + step; n >= 0 && n < chars.length; n += step)
      if (!transparent.test(chars[n])) return chars[n];
    return '';
  };
  let w = 0;
  chars.forEach((ch, k) => {
    const forms = j?.forms[ch];
    if (!j || !forms) {
      w += shaped.widths[ch]?.[i] ?? 1000;
      return;
    }
    const before = neighbour(k, -1);
    const after = neighbour(k, 1);
    const joinsBefore =
      before !== '' && (j.dual.includes(before) || before === '\u200d' || before === '\u0640');
    const joinsAfter =
      j.dual.includes(ch) &&
      after !== '' &&
      (j.forms[after] !== undefined || after === '\u200d' || after === '\u0640');
    // forms: [regular, bold] × initial, medial, final
    if (joinsBefore) w += forms[(joinsAfter ? 1 : 2) * 2 + i];
    else if (joinsAfter) w += forms[i];
    else w += shaped.widths[ch]?.[i] ?? 1000;
  });
  return w;
}

export interface Measure {
  textWidth(text: string, size: number, weight?: Weight): number;
  wrapText(text: string, maxWidth: number, size: number, weight?: Weight): string[];
}

let last: [WidthTable, Measure] | undefined;

/** The measure with `shaped`'s widths (the last one made is kept: the charts measure with one table). */
export function shapedMeasure(shaped: WidthTable): Measure {
  if (last?.[0] === shaped) return last[1];
  const measure: Measure = {
    textWidth: (text: string, size: number, weight: Weight = 'regular'): number =>
      ems(shaped, text, weight) * size,
    wrapText: (text: string, maxWidth: number, size: number, weight: Weight = 'regular'): string[] =>
      shaped.cjk
        ? // Chinese: balanced lines, broken where Chinese prefers (lineBreaks.ts).
          wrapBalanced(
            pieces(text, cjkPieces),
            (s) => ems(shaped, s, weight),
            ems(shaped, ' ', weight),
            maxWidth / size,
          )
        : wrapPieces(
            pieces(text),
            (s) => ems(shaped, s, weight),
            ems(shaped, ' ', weight),
            (w) => w * size <= maxWidth,
          ),
  };
  last = [shaped, measure];
  return measure;
}
