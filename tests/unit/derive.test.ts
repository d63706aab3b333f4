import { describe, expect, it } from 'vitest';
import { footprintTally } from '$lib/data/derive';
import type { Country, CountClaim } from '$lib/data/schema';

const claim = (id: string, count: number, date: string): CountClaim => ({
  id,
  count,
  wording: 'more than N countries',
  date,
  status: 'claimed',
  sources: ['s'],
});
const country = (iso3: string, status: Country['status']): Country => ({
  iso3,
  name: iso3,
  kind: 'reseller',
  presence: 'x',
  status,
  sources: ['s'],
});

describe('the claimed-versus-records tally', () => {
  const countries = [
    country('CHN', 'confirmed'),
    country('IRN', 'confirmed'),
    country('GBR', 'denied'),
    country('TKM', 'single-source'),
  ];
  it('counts every named country and splits them by status', () => {
    const t = footprintTally([claim('a', 60, '2022-12')], countries);
    expect(t.documented).toBe(4);
    expect(t.byStatus).toEqual({ confirmed: 2, claimed: 0, 'single-source': 1, denied: 1 });
  });
  it('compares against the largest claim, the later one on a tie', () => {
    expect(footprintTally([claim('a', 50, '2018'), claim('b', 60, '2019')], countries).claim.id).toBe('b');
    expect(footprintTally([claim('a', 60, '2018'), claim('b', 60, '2022-12')], countries).claim.id).toBe('b');
    expect(footprintTally([claim('a', 60, '2022'), claim('b', 40, '2023')], countries).claimed).toBe(60);
  });
});
