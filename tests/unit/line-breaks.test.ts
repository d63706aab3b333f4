// Chinese labels break between characters (src/lib/charts/lineBreaks.ts), by the rules of UAX #14 that
// Chinese text meets, and wrap to their box with an edition's width table (shapedMeasure.ts).
import { describe, expect, it } from 'vitest';
import { breakCosts, cjkPieces, pieces, wrapPieces } from '$lib/charts/lineBreaks';
import { shapedMeasure } from '$lib/charts/shapedMeasure';
import type { WidthTable } from '$lib/charts/shapedWidths';

// A made-up Chinese table: ideographs and full-width punctuation a full em (left out, as in the real
// table); Latin letters half an em, bold a little wider; a space a quarter.
const latin = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'].map((c) => [c, [500, 550]]),
) as Record<string, [number, number]>;
const zh: WidthTable = { cjk: true, widths: { ...latin, ' ': [250, 250] } };
const measure = shapedMeasure(zh);

const closing = '，。、；：！？）》」';
const opening = '（《「';

describe('cjkPieces', () => {
  it('breaks between ideographs, never before closing or after opening punctuation', () => {
    expect(cjkPieces('天地伟业')).toEqual(['天', '地', '伟', '业']);
    expect(cjkPieces('据报道，天地伟业。')).toEqual(['据', '报', '道，', '天', '地', '伟', '业。']);
    expect(cjkPieces('《国家情报法》规定')).toEqual(['《国', '家', '情', '报', '法》', '规', '定']);
  });
  it('keeps a Latin word or a number whole, and a doubled dash or ellipsis together', () => {
    expect(cjkPieces('英特尔Intel芯片2022年')).toEqual(['英', '特', '尔', 'Intel', '芯', '片', '2022', '年']);
    expect(cjkPieces('否认——此前')).toEqual(['否', '认', '——', '此', '前']);
  });
  it('splits a phrase with spaces at the spaces first', () => {
    expect(pieces('美国 商务部', cjkPieces).map((p) => [p.text, p.space])).toEqual([
      ['美', true],
      ['国', false],
      ['商', true],
      ['务', false],
      ['部', false],
    ]);
  });
});

describe('wrapping Chinese with a width table', () => {
  const title = '美国商务部将天地伟业列入实体清单，理由是其参与了对维吾尔族的监控（据NBC News报道）。';
  for (const width of [40, 75, 120, 200, 400])
    it(`fits every line in ${width}px at 12px and loses no character`, () => {
      const lines = measure.wrapText(title, width, 12);
      for (const line of lines) {
        if (cjkPieces(line.replace(/ /g, '')).length > 1)
          expect(measure.textWidth(line, 12)).toBeLessThanOrEqual(width);
        expect(closing).not.toContain(line[0]);
        expect(opening).not.toContain(line.at(-1));
      }
      // Only a space at a break is dropped.
      expect(lines.join('').replace(/ /g, '')).toBe(title.replace(/ /g, ''));
      // Balanced, never longer: as many lines as filling each line to the brim makes.
      const full = wrapPieces(
        pieces(title, cjkPieces),
        (t) => measure.textWidth(t, 12),
        measure.textWidth(' ', 12),
        (w) => w <= width,
      );
      expect(lines.length).toBe(full.length);
    });
  it('measures ideographs a full em and Latin from the table, by weight', () => {
    expect(measure.textWidth('天地伟业', 10)).toBeCloseTo(40);
    expect(measure.textWidth('IPVM', 10)).toBeCloseTo(20);
    expect(measure.textWidth('IPVM', 10, 'bold')).toBeCloseTo(22);
    expect(measure.textWidth('天地 IPVM', 10)).toBeCloseTo(42.5);
  });
  it('would not wrap a sentence with no spaces by the English rules', () => {
    // The reason for the Chinese rules: split at spaces only, the whole sentence is one piece.
    expect(pieces(title).length).toBe(2);
    expect(measure.wrapText(title, 120, 12).length).toBeGreaterThan(3);
  });
});

describe('Chinese labels break where a reader expects', () => {
  // At 11px in an 88px box: eight ideographs a line, a phone's link label.
  const wrap = (text: string) => measure.wrapText(text, 88, 11);
  it('leaves no lone character on a last line when the lines can be even', () => {
    for (const text of ['监控技术（据美国官员称）', '审查与英特尔的关系', '伊朗交易与党组织关系'])
      for (const line of wrap(text)) expect([...line].length).toBeGreaterThan(2);
  });
  it('keeps a gloss in brackets whole when it fits a line', () =>
    expect(wrap('监控技术（据美国官员称）')).toEqual(['监控技术', '（据美国官员称）']));
  it('prefers a break after clause punctuation to one inside a phrase', () =>
    expect(wrap('称已停止，业务往来结束了')[0].endsWith('，')).toBe(true));
  it('costs nothing after a comma or before an opening bracket, most inside brackets', () => {
    const costs = breakCosts(pieces('设备，据称（不具名）', cjkPieces));
    // 设 备， 据 称 （不 具 名）
    expect(costs[2]).toBe(0);
    expect(costs[4]).toBe(0);
    expect(costs[5]).toBeGreaterThan(costs[3]);
  });
  it('still fits a line too long for any balance by itself, whole', () =>
    expect(measure.wrapText('Frictionless', 20, 11)).toEqual(['Frictionless']));
});
