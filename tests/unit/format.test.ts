import { describe, expect, it } from 'vitest';
import { dateParts, formatDateRange, formatPartialDate, formatTick } from '$lib/ui/format';

describe('formatPartialDate', () => {
  it.each([
    ['2018', '2018'],
    ['2022-12', 'Dec 2022'],
    ['2022-12-15', '15 Dec 2022'],
    ['2022-09-01', '1 Sep 2022'],
    ['1994', '1994'],
  ])('%s → %s', (date, text) => expect(formatPartialDate(date)).toBe(text));

  it('spells the month when asked', () => {
    expect(formatPartialDate('2022-12-15', { long: true })).toBe('15 December 2022');
  });

  it('refuses what is not a partial date', () => {
    expect(() => formatPartialDate('Dec 2022')).toThrow(/not a date/);
    expect(() => dateParts('2022-1')).toThrow(/not a date/);
  });

  it('does not depend on the local time zone', () => {
    // 1 January at midnight UTC is still 31 December in the Americas; no Date is built from the string.
    expect(formatPartialDate('2023-01-01')).toBe('1 Jan 2023');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2019-02-21', '2019-02-24', '21–24 Feb 2019'],
    ['2022-06', '2022-08', 'Jun–Aug 2022'],
    ['2021', '2023', '2021–2023'],
    ['2022-11-30', '2022-12-02', '30 Nov – 2 Dec 2022'],
    ['2021-12', '2023-02', 'Dec 2021 – Feb 2023'],
    ['2022-09', '2023', 'Sep 2022 – 2023'],
    ['2022-12-15', '2022-12-15', '15 Dec 2022'],
  ])('%s … %s → %s', (from, to, text) => expect(formatDateRange(from, to)).toBe(text));

  it('is a single date without an end', () => {
    expect(formatDateRange('2022-12')).toBe('Dec 2022');
  });
});

describe('formatTick', () => {
  it('prints the year on 1 January and the month otherwise', () => {
    expect(formatTick(new Date(Date.UTC(2022, 0, 1)))).toBe('2022');
    expect(formatTick(new Date(Date.UTC(2022, 10, 1)))).toBe('Nov');
    expect(formatTick(new Date(Date.UTC(2022, 10, 1)), true)).toBe('Nov 2022');
  });
});
