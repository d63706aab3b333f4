// Suggestions behind the data check's messages: near-miss ids, ISO codes, calendar dates.
import { describe, expect, it } from 'vitest';
import { closestMatch, dateProblem, isBefore, isoProblem, isoSuggestions } from '$lib/data/hints';

describe('closestMatch', () => {
  const ids = ['intel', 'tiandy', 'irgc', 'nbc-2022-12', 'nbc-2022-12-16'];
  it.each([
    ['intell', 'intel'],
    ['tiandi', 'tiandy'],
    ['nbc-2022', 'nbc-2022-12'],
    ['IRGC', 'irgc'],
    ['commerce-department', undefined],
  ])('%s → %s', (value, match) => expect(closestMatch(value, ids)).toBe(match));
});

describe('ISO 3166-1 alpha-3', () => {
  it.each([
    ['UK', ['GBR']],
    ['GB', ['GBR']],
    ['IR', ['IRN']],
    ['irn', ['IRN']],
    ['Iraq', ['IRQ']],
  ])('suggests for %s', (value, codes) => expect(isoSuggestions(value)).toEqual(codes));

  it('prefers codes already in the footprint for 3-letter typos', () =>
    expect(isoSuggestions('IRA', ['IRQ'])[0]).toBe('IRQ'));

  it('accepts real codes and refuses made-up ones', () => {
    expect(isoProblem('TKM')).toBeUndefined();
    expect(isoProblem('XXX')).toMatch(/"XXX" is not an ISO 3166-1 alpha-3 country code/);
  });
});

describe('dates', () => {
  it.each([['2022'], ['2022-12'], ['2024-02-29'], ['1994']])('%s is a real date', (d) =>
    expect(dateProblem(d)).toBeUndefined(),
  );
  it.each([
    ['2022-02-29', /February 2022 has 28 days/],
    ['2022-04-31', /April 2022 has 30 days/],
    ['2022-00', /no month 00/],
    ['2022-12-00', /December 2022 has 31 days/],
    ['2202', /looks like a typo/],
  ])('%s is refused', (d, why) => expect(dateProblem(d)).toMatch(why));

  it.each([
    ['2021', '2022', true],
    ['2022', '2022-12', false],
    ['2022-12-14', '2022-12-15', true],
    ['2023', '2022-12-15', false],
  ])('%s before %s: %s', (end, start, before) => expect(isBefore(end, start)).toBe(before));
});
