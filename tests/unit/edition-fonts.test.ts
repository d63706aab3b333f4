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
  latinLetter,
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
  it('maps every character of the edition but Latin letters: translations, glossary, messages, dates', async () => {
    expect(texts.length).toBeGreaterThan(800);
    expect((await missing(await woff2(), texts)).sort()).toEqual(
      [...new Set(texts.join(''))].filter((c) => latinLetter.test(c) && c.charCodeAt(0) < 128).sort(),
    );
  });
  it('leaves Latin letters to the system sans, keeping digits and punctuation', async () => {
    const cmap = (await shaper(await sfnt(await woff2()))).unicodes();
    const has = (ch: string) => cmap.has(ch.codePointAt(0)!);
    expect([...'AZaz'].filter(has)).toEqual([]);
    expect([...'0123456789.,()%:/-۰۹«»'].filter((c) => !has(c))).toEqual([]);
    expect(editionFontCss('fa', [], () => '')).toMatch(/'Vazirmatn', system-ui,/);
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
    const persian = editionLabels('fa').filter((l) => !latinLetter.test(l));
    expect(persian.length).toBeGreaterThan(120);
    for (const label of persian.slice(0, 120)) expect(subset.width(label)).toBeCloseTo(whole.width(label), 3);
  });
});

/** The Persian labels as a browser draws them: Latin letters in the system sans (DejaVu Sans here, as
 * Chromium finds it on Linux), everything else in the whole Vazirmatn, each run shaped apart. */
async function persianReference() {
  const persian = await shaper(readFileSync(vazirmatn()), 0, 'fa');
  const latin = await shaper(readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'));
  const runs = new RegExp(`(${latinLetter.source}+)`, 'u');
  return {
    width: (label: string) =>
      label.split(runs).reduce((w, run, i) => w + (run ? (i % 2 ? latin : persian).width(run) : 0), 0),
  };
}

describe.each(['fa', 'zh'] as const)('the %s label widths', (edition) => {
  it(
    'measure each label within 2% of shaping it in the fonts it is drawn in',
    { timeout: 30_000 },
    async () => {
      const table = await widthTable(edition, editionTexts(edition), editionLabels(edition));
      const measure = shapedMeasure(table!);
      const whole =
        edition === 'fa'
          ? await persianReference()
          : await shaper(readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'), 2);
      const labels = editionLabels(edition);
      expect(labels.length).toBeGreaterThan(100);
      expect(labels.filter((l) => latinLetter.test(l)).length).toBeGreaterThan(0);
      for (const label of labels) {
        const shaped = whole.width(label) / 1000;
        expect(Math.abs(measure.textWidth(label, 1) - shaped), label).toBeLessThanOrEqual(
          shaped * 0.02 + 0.01,
        );
      }
    },
  );
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
