// The width table of an edition's labels (src/lib/charts/shapedWidths.ts), shaped by HarfBuzz in the fonts
// the edition ships: Persian in the Vazirmatn subset (scripts/fonts.ts), Chinese in Noto Sans CJK SC, the
// font Chromium draws Chinese in on Linux when the reader's stack (PingFang SC, Microsoft YaHei) is absent
// (Debian's fonts-noto-cjk, put in place with Chromium by scripts/chromium.ts). Only the chart labels'
// fields are tabled, with the month names of dates and every character of the font, so the table stays
// small; anything else is measured from its characters.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cjkPieces, pieces } from '../src/lib/charts/lineBreaks.ts';
import type { WidthTable } from '../src/lib/charts/shapedWidths.ts';
import type { EditionId } from '../src/lib/editions/editions.ts';
import { dateTexts, editionChars, persianShapingFont, readMessages, readTranslations } from './fonts.ts';

/** The translated fields that charts draw as SVG labels (the diagram's nodes and links, the timeline's
 * events, the map's places and countries). Cards, legends and lists are HTML, laid out by the browser. */
const labelFields = /\/(name|shortName|label|title|country|area)$/;

export interface Shaper {
  /** Advance of `text` in thousandths of an em. */
  width(text: string): number;
  /** The code points the font maps. */
  unicodes(): Set<number>;
}

/** Runs of Arabic script (with the joiners inside words), kept by split(). */
const arabicRuns =
  /([\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]*)/;

/** A HarfBuzz shaper over one font (`index`: the face in a collection). */
export async function shaper(font: Uint8Array, index = 0, language?: string): Promise<Shaper> {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(font), index);
  const hbFont = new hb.Font(face);
  const run = (text: string) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    if (language) buffer.setLanguage(language);
    hb.shape(hbFont, buffer);
    const advance = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
    return advance;
  };
  return {
    // Shaped run by run, as a browser does after splitting mixed text by script and direction: one
    // buffer would shape "IPVM تحلیل" all as Latin, its Persian letters unjoined.
    width: (text) =>
      (text.split(arabicRuns).reduce((sum, r) => sum + (r ? run(r) : 0), 0) * 1000) / face.upem,
    unicodes: () => new Set(face.collectUnicodes()),
  };
}

/** The system font file fontconfig names for a pattern, and its index in a collection. */
function systemFont(pattern: string): { file: string; index: number } {
  const out = execFileSync('fc-match', ['-f', '%{file}\n%{index}', pattern], { encoding: 'utf8' });
  const [file, index] = out.split('\n');
  if (!/NotoSansCJK/i.test(file))
    throw new Error(
      `Chinese labels are measured in Noto Sans CJK SC, which is not installed (fc-match gave ${file}).\n` +
        'Install it: apt-get install fonts-noto-cjk',
    );
  return { file, index: Number(index) };
}

async function shapers(edition: EditionId, chars: string): Promise<Record<'regular' | 'bold', Shaper>> {
  if (edition === 'fa')
    return {
      regular: await shaper(await persianShapingFont(chars, 400), 0, 'fa'),
      bold: await shaper(await persianShapingFont(chars, 700), 0, 'fa'),
    };
  const font = async (weight: string) => {
    const { file, index } = systemFont(`Noto Sans CJK SC:weight=${weight}`);
    return shaper(readFileSync(file), index, 'zh-Hans');
  };
  return { regular: await font('regular'), bold: await font('bold') };
}

/** The edition's labels: translated label fields, the glossary's names, the messages and the dates. */
export function editionLabels(edition: EditionId, dataDir?: string): string[] {
  const t = readTranslations(edition, dataDir);
  return [
    ...(t.entries ?? []).filter((e) => labelFields.test(e.key)).map((e) => e.text),
    ...(t.glossary ?? []).map((g) => g.text),
    ...readMessages(edition),
    ...dateTexts(edition),
  ];
}

/** The width table for an edition's labels; null for English (measured as before). */
export async function widthTable(
  edition: EditionId,
  texts: string[],
  labels: string[],
): Promise<WidthTable | null> {
  if (edition === 'en') return null;
  const cjk = edition === 'zh';
  const chars = editionChars(texts);
  const shaped = await shapers(edition, chars);
  const widths: WidthTable['widths'] = {};
  const both = (s: string): [number, number] => [
    Math.round(shaped.regular.width(s)),
    Math.round(shaped.bold.width(s)),
  ];
  for (const ch of chars) {
    const w = both(ch);
    // A full em is what the measure assumes for a character it does not know: most of Chinese.
    if (w[0] !== 1000 || w[1] !== 1000) widths[ch] = w;
  }
  const charSum = (s: string, i: number) => [...s].reduce((sum, ch) => sum + (widths[ch]?.[i] ?? 1000), 0);
  for (const label of labels)
    for (const { text } of pieces(label, cjk ? cjkPieces : undefined)) {
      if (text in widths) continue;
      const w = both(text);
      if (Math.abs(w[0] - charSum(text, 0)) > 2 || Math.abs(w[1] - charSum(text, 1)) > 2) widths[text] = w;
    }
  const table: WidthTable = { cjk, widths };
  return table;
}
