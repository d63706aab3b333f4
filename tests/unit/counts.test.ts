import { describe, expect, it } from 'vitest';
import { countProblems, countWords, fillAll, fillCounts } from '../../src/lib/data/counts';

const values = { 'countries.total': 8, 'countries.confirmed': 2, 'claims.count': 60, 'events.total': 35 };

describe('named values in the copy', () => {
  it('fills each name, in words below ten and digits from ten', () => {
    expect(fillCounts('{countries.total} countries, {countries.confirmed} confirmed', values)).toBe(
      'eight countries, two confirmed',
    );
    expect(fillCounts('more than {claims.count} countries and {events.total} events', values)).toBe(
      'more than 60 countries and 35 events',
    );
    expect(countWords(0)).toBe('no');
  });
  it('fills every string of a nested value and leaves the rest', () => {
    expect(fillAll({ a: ['{countries.total}'], b: { c: 3, d: '{events.total}' } }, values)).toEqual({
      a: ['eight'],
      b: { c: 3, d: '35' },
    });
  });
  it('refuses a count typed in digits or words, offering the name that holds it', () => {
    expect(countProblems('Public records tie it to eight countries.', values)).toEqual([
      '"eight countries" types a count the data holds; write {countries.total} (now 8) so the words follow the data',
    ]);
    expect(countProblems('It says more than 60 countries and regions.', values)).toEqual([
      '"60 countries" types a count the data holds; write {claims.count} (now 60) so the words follow the data',
    ]);
    expect(countProblems('Only two confirmed countries.', values)[0]).toMatch(
      /write \{countries\.confirmed\} \(now 2\)/,
    );
  });
  it('offers every name of its kind when the typed number is stale', () => {
    expect(countProblems('It is tied to eleven countries.', values)[0]).toMatch(
      /write \{countries\.total\} \(now 8\) or \{countries\.confirmed\} \(now 2\) or \{claims\.count\} \(now 60\)/,
    );
  });
  it('accepts named values and counts of other things', () => {
    expect(countProblems('{countries.total} countries; 36 Chinese entities; two of them', values)).toEqual(
      [],
    );
  });
  it('names an unknown value and lists the known ones', () => {
    expect(countProblems('{countries.all} countries', values)[0]).toMatch(
      /^unknown named value \{countries\.all\}; use one of \{countries\.total\}, /,
    );
  });
});
