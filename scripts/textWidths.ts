// The width table of an edition's labels (src/lib/charts/shapedWidths.ts), shaped by HarfBuzz in the fonts
// the edition ships: Persian in the Vazirmatn subset (scripts/fonts.ts; its Latin letters, left to the
// system sans, as English labels are measured: charts/text.ts), Chinese in Noto Sans CJK SC, the
// font Chromium draws Chinese in on Linux when the reader's stack (PingFang SC, Microsoft YaHei) is absent
// (Debian's fonts-noto-cjk, put in place with Chromium by scripts/chromium.ts). The table holds every
// character of the font (Persian letters in each joined form), so any text can be measured, and whole
// only the pieces of the chart labels (and dates) whose letters alone miss by more than 2% (kerning,
// ligatures): it ships in every page that draws a chart, so it holds no more than that.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cjkPieces, pieces } from '../src/lib/charts/lineBreaks.ts';
import type { WidthTable } from '../src/lib/charts/shapedWidths.ts';
import { shapedMeasure } from '../src/lib/charts/shapedMeasure.ts';
import type { EditionId } from '../src/lib/editions/editions.ts';
import { units } from '../src/lib/charts/text.ts';
import {
  dateTexts,
  editionChars,
  latinLetter,
  persianShapingFont,
  readMessages,
  readTranslations,
} from './fonts.ts';

/** The translated fields that charts draw as SVG labels (the diagram's nodes and links, the timeline's
 * events, the map's places and countries). Cards, legends and lists are HTML, laid out by the browser. */
const labelFields = /\/(name|shortName|label|title|country|area)$/;

export interface Shaper {
  /** Advance of `text` in thousandths of an em. */
  width(text: string): number;
  /** The glyphs `text` shapes to (ids), as one run. */
  glyphs(text: string): number[];
  /** The code points the font maps. */
  unicodes(): Set<number>;
}

/** Runs of Arabic script (with the joiners inside words), kept by split(). */
const arabicRuns =
  /([\u200c\u200d]*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]*)/;

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
    glyphs(text) {
      const buffer = new hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      if (language) buffer.setLanguage(language);
      hb.shape(hbFont, buffer);
      return buffer.getGlyphInfos().map((g) => g.codepoint);
    },
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

const zwj = '\u200d';

/** The joined forms of the Arabic-script letters among `chars`, found by shaping each between zero-width
 * joiners: a letter whose glyph changes with a joiner after it joins the next letter, and one whose glyph
 * changes with a joiner before it joins the previous one. Widths [regular, bold] of the initial, medial
 * and final forms. */
function joiningForms(shaped: Record<'regular' | 'bold', Shaper>, chars: string): WidthTable['joining'] {
  const r = shaped.regular;
  let dual = '';
  let right = '';
  const forms: Record<string, number[]> = {};
  const joiner = [r.width(zwj), shaped.bold.width(zwj)];
  for (const ch of chars) {
    if (!/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/.test(ch)) continue;
    const alone = r.glyphs(ch);
    const changes = (text: string) => !r.glyphs(text).some((g) => alone.includes(g));
    const next = changes(ch + zwj);
    const prev = changes(zwj + ch);
    if (!prev) continue; // joins neither side (hamza) or only forward (none in Persian)
    if (next) dual += ch;
    else right += ch;
    // [regular, bold] of the initial, then the medial, then the final form.
    const form = (text: string, joiners: number) =>
      (['regular', 'bold'] as const).map((w, i) => Math.round(shaped[w].width(text) - joiners * joiner[i]));
    forms[ch] = [
      ...(next ? form(ch + zwj, 1) : form(ch, 0)),
      ...(next ? form(zwj + ch + zwj, 2) : form(zwj + ch, 1)),
      ...form(zwj + ch, 1),
    ];
  }
  return { dual, right, forms };
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
  // Persian: Latin letters are not in the font (scripts/fonts.ts) but the system sans's, measured as the
  // English edition's labels are (DejaVu Sans, the widest common one), in thousandths of an em.
  const latin = (s: string): [number, number] => [units(s, 'regular') * 10, units(s, 'bold') * 10];
  for (const ch of chars) {
    const w = !cjk && latinLetter.test(ch) ? latin(ch) : both(ch);
    // A full em is what the measure assumes for a character it does not know: most of Chinese.
    if (w[0] !== 1000 || w[1] !== 1000) widths[ch] = w;
  }
  const joining = cjk ? undefined : joiningForms(shaped, chars);
  const table: WidthTable = { cjk, widths, ...(joining && { joining }) };
  // Then the labels' pieces that the characters (in their joined forms) do not measure within 2%:
  // ligatures, kerning. Each one ships, so only those.
  const measure = shapedMeasure(table);
  for (const label of labels)
    for (const { text } of pieces(label, cjk ? cjkPieces : undefined)) {
      // A piece with Latin letters in it is measured as English is, letter by letter.
      if (text in widths || (!cjk && latinLetter.test(text))) continue;
      const w = both(text);
      const off = (i: 0 | 1) =>
        Math.abs(measure.textWidth(text, 1000, i ? 'bold' : 'regular') - w[i]) > w[i] * 0.02;
      if (off(0) || off(1)) widths[text] = w;
    }
  return table;
}
