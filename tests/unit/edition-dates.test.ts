// Dates and numbers per edition: each partial date keeps its precision in every calendar, Persian gives a day
// Solar Hijri first and a month or year Gregorian first, the other calendar beside it, in Persian digits, and
// Persian year ticks fall on Nowruz.
import { describe, expect, it } from 'vitest';
import { editions, editionOfPath } from '$lib/editions/editions';
import {
  calendarStarts,
  formatDate,
  formatDateRange,
  formatNumber,
  formatTick,
  formatYearTick,
  isYearStart,
  nowruzBetween,
  yearsOf,
} from '$lib/editions/dates';

const { en, fa, zh } = editions;
const persianDigits = /^[^0-9]*$/;

describe('English dates', () => {
  it.each([
    ['2018', '2018'],
    ['2022-12', 'Dec 2022'],
    ['2022-12-15', '15 Dec 2022'],
  ])('%s reads %s', (date, text) => expect(formatDate(date, en)).toBe(text));
  it('spells the month when asked', () =>
    expect(formatDate('2022-12-02', en, { long: true })).toBe('2 December 2022'));
  it('shortens ranges only where they stay unambiguous', () => {
    expect(formatDateRange('2019-02-21', '2019-02-24', en)).toBe('21–24 Feb 2019');
    expect(formatDateRange('2022-11-30', '2022-12-02', en)).toBe('30 Nov – 2 Dec 2022');
    expect(formatDateRange('2021-12', '2023-02', en)).toBe('Dec 2021 – Feb 2023');
  });
});

describe('Persian dates', () => {
  // As research/editions-glossary.md §11 writes them.
  it('gives a day in both calendars, Solar Hijri first', () =>
    expect(formatDate('2022-12-15', fa)).toBe('۲۴ آذر ۱۴۰۱ (۱۵ دسامبر ۲۰۲۲)'));
  it('keeps a month a month: the Gregorian month first, the two Solar Hijri months it spans beside it', () =>
    expect(formatDate('2022-12', fa)).toBe('دسامبر ۲۰۲۲ (آذر و دی ۱۴۰۱)'));
  it('says both years when a month crosses Nowruz', () =>
    expect(formatDate('2022-03', fa)).toBe('مارس ۲۰۲۲ (اسفند ۱۴۰۰ و فروردین ۱۴۰۱)'));
  it('keeps a year a year: the Gregorian year first, the two Solar Hijri years it spans beside it', () =>
    expect(formatDate('1994', fa)).toBe('۱۹۹۴ (۱۳۷۲–۱۳۷۳)'));
  it('joins the calendars with a dash in a byline or inside brackets, so brackets never nest', () => {
    expect(formatDate('2026-11-28', fa, { join: 'dash' })).toBe('۷ آذر ۱۴۰۵ – ۲۸ نوامبر ۲۰۲۶');
    expect(formatDate('2022-12', fa, { join: 'dash' })).toBe('دسامبر ۲۰۲۲ – آذر و دی ۱۴۰۱');
    expect(formatDate('2022-12-15', en, { join: 'dash' })).toBe('15 Dec 2022');
    expect(formatDate('2022-12', zh, { join: 'dash' })).toBe('2022年12月');
  });
  it('writes every digit in Persian', () => {
    for (const d of ['2016', '2019-02', '2022-09-16']) expect(formatDate(d, fa)).toMatch(persianDigits);
    expect(formatNumber(60, fa)).toBe('۶۰');
  });
});

describe('numbers', () => {
  it("writes every number as the edition's Intl locale does, grouped from 10,000", () => {
    const numbers = [...Array.from({ length: 10_050 }, (_, i) => i), 12_345, 1_000_000, 2.5, -3];
    for (const edition of [en, fa, zh])
      for (const n of numbers)
        expect(formatNumber(n, edition), `${n} in ${edition.id}`).toBe(
          new Intl.NumberFormat(edition.locale, { useGrouping: n >= 10000 }).format(n),
        );
  });
});

describe('Chinese dates', () => {
  it.each([
    ['2018', '2018年'],
    ['2022-12', '2022年12月'],
    ['2022-12-15', '2022年12月15日'],
  ])('%s reads %s', (date, text) => expect(formatDate(date, zh)).toBe(text));
  it('joins a range with 至, the end without the year or month it shares, and no spaces', () => {
    expect(formatDateRange('2019-02-21', '2019-02-24', zh)).toBe('2019年2月21日至24日');
    expect(formatDateRange('2022-11-30', '2022-12-02', zh)).toBe('2022年11月30日至12月2日');
    expect(formatDateRange('2022-06', '2022-08', zh)).toBe('2022年6月至8月');
    expect(formatDateRange('2018', '2019', zh)).toBe('2018年至2019年');
    expect(formatDateRange('2021-12', '2023-02', zh)).toBe('2021年12月至2023年2月');
    expect(formatDateRange('2022-12', '2022-12-15', zh)).toBe('2022年12月至2022年12月15日');
  });
  it('gives month ticks in Chinese: the month, the year on the first tick and on 1 January', () => {
    expect(formatTick(new Date(Date.UTC(2022, 9, 1)), zh)).toBe('10月');
    expect(formatTick(new Date(Date.UTC(2022, 8, 1)), zh, true)).toBe('2022年9月');
    expect(formatTick(new Date(Date.UTC(2019, 0, 1)), zh)).toBe('2019年');
  });
});

describe('year ticks', () => {
  it('fall on Nowruz in the Persian edition', () => {
    const days = nowruzBetween(new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2025, 11, 31)));
    expect(days.map((d) => d.toISOString().slice(0, 10))).toEqual(['2023-03-21', '2024-03-20', '2025-03-21']);
    expect(formatYearTick(days[1], fa)).toBe('۱۴۰۳');
  });
  it('are Gregorian years elsewhere', () => {
    expect(formatYearTick(new Date(Date.UTC(2019, 0, 1)), en)).toBe('2019');
    expect(formatYearTick(new Date(Date.UTC(2019, 0, 1)), zh)).toBe('2019年');
  });
});

describe("axis ticks in the edition's calendar", () => {
  const from = new Date(Date.UTC(2022, 0, 1));
  const to = new Date(Date.UTC(2024, 0, 1));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const solar = new Intl.DateTimeFormat('fa-IR-u-nu-latn', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  });

  it('Persian months start on the first of a Solar Hijri month, years on Nowruz', () => {
    const months = calendarStarts(from, to, 'month', 1, fa);
    expect(months).toHaveLength(24);
    for (const d of months) expect(solar.formatToParts(d).find((p) => p.type === 'day')?.value).toBe('1');
    expect(calendarStarts(from, to, 'year', 1, fa).map(iso)).toEqual(['2022-03-21', '2023-03-21']);
    expect(calendarStarts(from, to, 'month', 3, fa)).toHaveLength(8);
    expect(months.filter((d) => isYearStart(d, fa)).map(iso)).toEqual(['2022-03-21', '2023-03-21']);
  });

  it('English and Chinese months and years are Gregorian', () => {
    expect(calendarStarts(from, to, 'month', 1, en).map(iso).slice(0, 2)).toEqual([
      '2022-01-01',
      '2022-02-01',
    ]);
    expect(calendarStarts(from, to, 'year', 1, zh).map(iso)).toEqual(['2022-01-01', '2023-01-01']);
  });

  it('no Persian tick has a Latin letter or digit, and no Chinese one an English month', () => {
    for (const d of calendarStarts(from, to, 'month', 1, fa)) {
      expect(formatTick(d, fa)).not.toMatch(/[A-Za-z0-9]/);
      expect(formatTick(d, fa, true)).not.toMatch(/[A-Za-z0-9]/);
    }
    for (const d of calendarStarts(from, to, 'month', 1, zh))
      expect(formatTick(d, zh, true)).not.toMatch(/[A-Za-z]/);
    expect(formatTick(new Date(Date.UTC(2024, 2, 20)), fa)).toBe('۱۴۰۳');
    expect(formatTick(new Date(Date.UTC(2022, 10, 1)), en, true)).toBe('Nov 2022');
  });

  it("a compressed stretch's caption names the edition's first and last years", () => {
    const stretch = [new Date(Date.UTC(1994, 0, 1)), new Date(Date.UTC(2018, 0, 1))] as const;
    expect(yearsOf(...stretch, en)).toEqual(['1994', '2017']);
    expect(yearsOf(...stretch, fa)).toEqual(['۱۳۷۲', '۱۳۹۶']);
  });
});

describe('edition of a page', () => {
  it.each([
    ['/', 'en'],
    ['/fa/', 'fa'],
    ['/zh/embed/map/', 'zh'],
    ['/graphics/tiandy/fa/data/', 'fa'],
    ['/graphics/tiandy/data/', 'en'],
  ])('%s is the %s edition', (path, id) =>
    expect(editionOfPath(path, path.startsWith('/graphics') ? '/graphics/tiandy/' : '/').id).toBe(id),
  );
});
