// Suggestions for editors: "did you mean" over ids, enum values and keys, ISO 3166-1 codes, and
// calendar checks for the partial dates ("2022", "2022-12", "2022-12-15") used across data/.
// Node only: it pulls in every country name, which the browser never needs.
import { distance } from 'fastest-levenshtein';
import countries from 'i18n-iso-countries';
import { longMonths } from './months.ts';

/** The closest candidate when it is plausibly a typo of `value`; undefined otherwise. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // A shortened id ("nbc-2022" for "nbc-2022-12") is a near miss however long the missing tail is.
    const d =
      c.startsWith(lower) || lower.startsWith(c) ? Math.min(distance(lower, c), 2) : distance(lower, c);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (best === undefined || bestDistance === 0) return best;
  return bestDistance <= Math.max(2, Math.ceil(value.length * 0.4)) ? best : undefined;
}

/** ` — did you mean "x"?`, or nothing when no candidate is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closestMatch(value, candidates);
  return match === undefined || match === value ? '' : ` — did you mean "${match}"?`;
}

/** "a, b or c" */
export function listWords(words: readonly string[], last = 'or'): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

// ---- ISO 3166-1

const alpha3Codes = new Set(Object.keys(countries.getAlpha3Codes()));

/** "UK" is reserved by ISO, not assigned, but it is what editors type for the United Kingdom. */
const alpha2Aliases: Record<string, string> = { UK: 'GBR', EL: 'GRC' };

export const isIso3 = (code: string) => alpha3Codes.has(code);

export const countryName = (iso3: string) => countries.getName(iso3, 'en') ?? iso3;

const named = (code: string) => `"${code}" (${countryName(code)})`;

/**
 * Likely intended ISO 3166-1 alpha-3 codes for a wrong one: the same code in capitals, an alpha-2 code
 * converted, a country name, or 3-letter codes one typo away (those in `preferred` first).
 */
export function isoSuggestions(value: string, preferred: Iterable<string> = []): string[] {
  const upper = value.trim().toUpperCase();
  if (alpha3Codes.has(upper)) return [upper];
  if (upper.length === 2) {
    const code = alpha2Aliases[upper] ?? countries.alpha2ToAlpha3(upper);
    if (code) return [code];
  }
  const byName = countries.getAlpha3Code(value.trim(), 'en');
  if (byName) return [byName];
  if (upper.length !== 3) return [];
  const near = [...alpha3Codes].filter((code) => distance(code, upper) === 1);
  const first = new Set(preferred);
  // Same first letter first: "IRA" is more likely IRN or IRQ than ERA.
  const rank = (code: string) => (first.has(code) ? 0 : 2) + (code[0] === upper[0] ? 0 : 1);
  return near.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, 3);
}

/** Why `value` is not a usable alpha-3 code and what to type instead; undefined when it is fine. */
export function isoProblem(value: string, preferred: Iterable<string> = []): string | undefined {
  if (alpha3Codes.has(value)) return undefined;
  const suggestions = isoSuggestions(value, preferred);
  const upper = value.trim().toUpperCase();
  if (suggestions.length === 1 && suggestions[0] === upper)
    return `"${value}" must be written in capitals — did you mean "${upper}"?`;
  const hint = suggestions.length ? ` — did you mean ${listWords(suggestions.map(named))}?` : '';
  const why =
    upper.length === 2
      ? ' (that looks like a two-letter code; use three letters)'
      : '; look the country up at https://www.iso.org/obp/ui/#search';
  return `"${value}" is not an ISO 3166-1 alpha-3 country code${hint || why}`;
}

// ---- dates

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a "2022", "2022-12" or "2022-12-15" string is not a real calendar date; undefined when it is. */
export function dateProblem(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined; // The schema reports the format.
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1900 || year > 2100) return `"${value}": the year ${m[1]} looks like a typo`;
  if (month !== undefined && (month < 1 || month > 12))
    return `"${value}" is not a real date: there is no month ${m[2]}; months run from 01 to 12`;
  if (month !== undefined && day !== undefined) {
    const last = daysIn(year, month);
    if (day < 1 || day > last)
      return `"${value}" is not a real date: ${longMonths[month - 1]} ${year} has ${last} days`;
  }
  return undefined;
}

/**
 * Whether partial date `end` lies before `start`. Dates of different precision are compared on their
 * common part, so "2022" is not before "2022-12".
 */
export function isBefore(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}

// ---- ids

/** "Intel Corp" → "intel-corp": what an id probably should have been. */
export const slugify = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
