// The Persian edition's font: Vazirmatn subset to the edition's characters (scripts/fonts.ts), whole
// (every shaping feature kept) and under its budget; and the label widths tabled from it
// (scripts/textWidths.ts) agree with shaping each label whole.
import { readFileSync } from 'node:fs';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { shapedMeasure } from '$lib/charts/shapedMeasure';
import { editionChars, editionTexts, persianFont, vazirmatn } from '../../scripts/fonts';
import { editionLabels, shaper, widthTable } from '../../scripts/textWidths';

const texts = editionTexts('fa');
const chars = editionChars(texts);
const woff2 = async () => readFileSync((await persianFont(chars)).file);
const sfnt = async (font: Buffer) => (await fontverter.convert(font, 'sfnt')) as Buffer;

/** The code points of `texts` that `font` (woff2) does not map. */
async function missing(font: Buffer, strings: string[]): Promise<string[]> {
  const cmap = (await shaper(await sfnt(font))).unicodes();
  const out = new Set<string>();
  for (const t of strings) for (const ch of t) if (!cmap.has(ch.codePointAt(0)!)) out.add(ch);
  return [...out];
}

describe('the Persian font', () => {
  it('weighs at most 45 KB for the weights 400–700', { timeout: 30_000 }, async () => {
    expect((await woff2()).length).toBeLessThanOrEqual(45 * 1024);
  });
  it('maps every character of the edition: translations, glossary, messages, dates', async () => {
    expect(texts.length).toBeGreaterThan(800);
    expect(await missing(await woff2(), texts)).toEqual([]);
  });
  it('finds a character left out', { timeout: 30_000 }, async () => {
    const { default: subsetFont } = await import('subset-font');
    const without = await subsetFont(readFileSync(vazirmatn()), chars.replace('ی', ''), {
      targetFormat: 'woff2',
    });
    expect(await missing(without, texts)).toEqual(['ی']);
  });
  it('shapes labels as the whole font does (joining, ligatures and marks kept)', async () => {
    const subset = await shaper(await sfnt(await woff2()), 0, 'fa');
    const whole = await shaper(readFileSync(vazirmatn()), 0, 'fa');
    for (const label of editionLabels('fa').slice(0, 120))
      expect(subset.width(label)).toBeCloseTo(whole.width(label), 3);
  });
});

describe.each(['fa', 'zh'] as const)('the %s label widths', (edition) => {
  it('measure each label within 2% of shaping it whole', { timeout: 30_000 }, async () => {
    const table = await widthTable(edition, editionTexts(edition), editionLabels(edition));
    const measure = shapedMeasure(table!);
    const whole = await shaper(
      edition === 'fa'
        ? readFileSync(vazirmatn())
        : readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
      edition === 'fa' ? 0 : 2,
    );
    const labels = editionLabels(edition);
    expect(labels.length).toBeGreaterThan(100);
    for (const label of labels) {
      const shaped = whole.width(label) / 1000;
      expect(Math.abs(measure.textWidth(label, 1) - shaped), label).toBeLessThanOrEqual(shaped * 0.02 + 0.01);
    }
  });
});
