// The Persian edition's font: Vazirmatn subset to the edition's characters (scripts/fonts.ts), whole
// (every shaping feature kept) and under its budget; and the label widths tabled from it
// (scripts/textWidths.ts) agree with shaping each label whole.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { shapedMeasure } from '$lib/charts/shapedMeasure';
import {
  editionChars,
  editionFontCss,
  editionTexts,
  fontsInline,
  persianFont,
  vazirmatn,
} from '../../scripts/fonts';
import { editionLabels, shaper, widthTable } from '../../scripts/textWidths';

const texts = editionTexts('fa');
const chars = editionChars(texts);
const woff2 = async () => readFileSync((await persianFont(chars)).file);
const sfnt = async (font: Buffer) => (await fontverter.convert(font, 'sfnt')) as Buffer;

/** The code points of `texts` that `font` (woff2) does not map, of those the whole Vazirmatn maps: a
 * character it lacks (the arrows → ←) is drawn from the next font of the stack, subset or not. */
async function missing(font: Buffer, strings: string[]): Promise<string[]> {
  const cmap = (await shaper(await sfnt(font))).unicodes();
  const whole = (await shaper(readFileSync(vazirmatn()))).unicodes();
  const out = new Set<string>();
  for (const t of strings)
    for (const ch of t) {
      const cp = ch.codePointAt(0)!;
      if (whole.has(cp) && !cmap.has(cp)) out.add(ch);
    }
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

describe("the editions' stylesheets", () => {
  const font = { file: '/cache/vazirmatn-1.woff2', bytes: 1 };
  it('give Persian its one font file for weights 400–700, Chinese the system stack, English nothing', () => {
    const fa = editionFontCss('fa', [font], () => './vazirmatn-1.woff2');
    expect(fa.match(/@font-face/g)).toHaveLength(1);
    expect(fa).toContain('font-weight:400 700');
    expect(fa).toContain("--edition-font:'Vazirmatn'");
    const zh = editionFontCss('zh', [], () => '');
    expect(zh).not.toContain('@font-face');
    expect(zh).toMatch(
      /--edition-font:'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif/,
    );
    expect(editionFontCss('en', [], () => '')).toBe('');
  });
  it('put a font in the stylesheet itself where a page must load nothing (embeds, standalone SVGs)', () => {
    const site = mkdtempSync(join(tmpdir(), 'fonts-'));
    mkdirSync(join(site, 'assets'));
    writeFileSync(join(site, 'assets', 'v-abc.woff2'), 'wOF2');
    const css =
      '@font-face{src:url(/graphics/assets/v-abc.woff2)format("woff2")}a{background:url(/assets/x.png)}';
    expect(fontsInline(css, site)).toBe(
      '@font-face{src:url(data:font/woff2;base64,d09GMg==)format("woff2")}a{background:url(/assets/x.png)}',
    );
    rmSync(site, { recursive: true });
  });
});
