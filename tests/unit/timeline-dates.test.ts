import { describe, expect, it } from 'vitest';
import {
  compareByDate,
  endOf,
  isPoint,
  overlapsWindow,
  precisionOf,
  sortByDate,
  spanOf,
  startOf,
  windowFor,
} from '$lib/charts/timeline/dates';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('partial dates as periods', () => {
  it.each([
    ['2018', 'year', utc(2018), utc(2019)],
    ['2022-12', 'month', utc(2022, 12), utc(2023)],
    ['2022-02', 'month', utc(2022, 2), utc(2022, 3)],
    ['2022-12-15', 'day', utc(2022, 12, 15), utc(2022, 12, 16)],
    ['2022-12-31', 'day', utc(2022, 12, 31), utc(2023)],
  ])('%s is a %s', (date, precision, start, end) => {
    expect(precisionOf(date)).toBe(precision);
    expect(startOf(date)).toEqual(start);
    expect(endOf(date)).toEqual(end);
  });

  it('never draws a year-only or month-only event as a dot on its first day', () => {
    expect(isPoint(spanOf({ date: '2019' }))).toBe(false);
    expect(isPoint(spanOf({ date: '2020-07' }))).toBe(false);
    expect(isPoint(spanOf({ date: '2022-12-15' }))).toBe(true);
  });

  it('draws a dated range as a span that ends after its last day', () => {
    const span = spanOf({ date: '2019-02-21', endDate: '2019-02-24' });
    expect(isPoint(span)).toBe(false);
    expect(span.ranged).toBe(true);
    expect(span.end).toEqual(utc(2019, 2, 25));
  });
});

describe('date order', () => {
  const e = (id: string, date: string, endDate?: string) => ({ id, date, endDate });
  it('puts the vaguer period first at the same start, then orders by id', () => {
    const sorted = sortByDate([
      e('b', '2022-12-01'),
      e('c', '2018-09'),
      e('a', '2022-12-01'),
      e('d', '2018'),
      e('f', '2022-12'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['d', 'c', 'f', 'a', 'b']);
  });
  it('is a total order', () => {
    expect(compareByDate(e('a', '2022'), e('a', '2022'))).toBe(0);
  });
});

describe('windowFor', () => {
  const records = [{ date: '1994' }, { date: '2025-10-28' }];
  it('defaults to whole years around the data', () => {
    expect(windowFor({}, records)).toEqual({ from: utc(1994), to: utc(2026) });
  });
  it('reads "to" as inclusive of the whole period', () => {
    expect(windowFor({ from: '2022-09', to: '2023-02' }, records)).toEqual({
      from: utc(2022, 9),
      to: utc(2023, 3),
    });
  });
  it('keeps a span that straddles the window edge', () => {
    const w = windowFor({ from: '2022-09', to: '2023-02' }, records);
    expect(overlapsWindow(spanOf({ date: '2022' }), w.from, w.to)).toBe(true);
    expect(overlapsWindow(spanOf({ date: '2021-12' }), w.from, w.to)).toBe(false);
    expect(overlapsWindow(spanOf({ date: '2023-03-01' }), w.from, w.to)).toBe(false);
  });
});
