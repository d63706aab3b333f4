// Counts in the copy follow the data: story.json writes {countries.total} where a sentence gives a count,
// and the build fills in the number, so the words never disagree with the charts after an edit. The data
// check refuses a count typed into the copy where a named value exists for it.
import type { Dataset, Reach, Status } from './schema';
import { editions, type Edition } from '../editions/editions.ts';
import { formatNumber } from '../editions/dates.ts';

const statuses: Status[] = ['confirmed', 'claimed', 'single-source', 'denied'];

type Counted = Pick<Dataset, 'countries' | 'claims' | 'relationships' | 'events'> &
  Partial<Pick<Dataset, 'measures'>>;
const reaches: Reach[] = ['names-tiandy', 'covers-by-terms', 'names-other-makers', 'general', 'reaction'];

/** Every named value the copy may use, by name. */
export function namedValues(d: Counted): Record<string, number> {
  const values: Record<string, number> = { 'countries.total': d.countries.length };
  for (const s of statuses) values[`countries.${s}`] = d.countries.filter((c) => c.status === s).length;
  // Documented by at least one source independent of the company: confirmed or single source.
  values['countries.independent'] = values['countries.confirmed'] + values['countries.single-source'];
  values['claims.count'] = Math.max(0, ...d.claims.map((c) => c.count));
  values['relationships.total'] = d.relationships.length;
  values['events.total'] = d.events.length;
  // Governments' measures: all of them, and by how they reach Tiandy ({measures.names-tiandy}).
  const measures = d.measures ?? [];
  values['measures.total'] = measures.length;
  for (const r of reaches) values[`measures.${r}`] = measures.filter((m) => m.reach === r).length;
  return values;
}

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * As the edition writes a count. English: words below ten, digits from ten. Persian and Chinese: digits
 * in the edition's own form ("۶۰", "60"), as their news prose writes counts; the translations read so
 * ("{countries.independent} کشور"), and no number word has to agree with its noun.
 */
export const countWords = (n: number, edition: Edition = editions.en) =>
  edition.id !== 'en' ? formatNumber(n, edition) : n >= 0 && n < 10 ? words[n] : String(n);

export const placeholder = /\{([a-z]+\.[a-z-]+)\}/g;

/** The text with every known {name} replaced by its value as the edition writes it; unknown names are
 * left as they are. */
export const fillCounts = (text: string, values: Record<string, number>, edition?: Edition) =>
  text.replace(placeholder, (whole, name: string) =>
    name in values ? countWords(values[name], edition) : whole,
  );

/** Every string in a JSON value, filled. */
export function fillAll<T>(value: T, values: Record<string, number>, edition?: Edition): T {
  if (typeof value === 'string') return fillCounts(value, values, edition) as T;
  if (Array.isArray(value)) return value.map((v) => fillAll(v, values, edition)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillAll(v, values, edition)])) as T;
  return value;
}

const numberWords = [...words.slice(1), 'ten', 'eleven', 'twelve', 'sixty'];
const asNumber = (w: string) =>
  /^\d+$/.test(w) ? Number(w) : w.toLowerCase() === 'sixty' ? 60 : numberWords.indexOf(w.toLowerCase()) + 1;

/** What a typed count counts, by the word after it (up to two words between: "60 Chinese countries"). */
const nouns: Record<string, string> = {
  countries: 'countries',
  nations: 'countries',
  links: 'relationships',
  relationships: 'relationships',
  events: 'events',
};
const typed = new RegExp(
  String.raw`\b(\d+|${numberWords.join('|')})\b((?:\s+[A-Za-z-]+){0,2}?)\s+(${Object.keys(nouns).join('|')})\b`,
  'gi',
);

/** Problems in one text of the copy: unknown names, and counts typed where a named value exists. */
export function countProblems(text: string, values: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [, name] of text.matchAll(placeholder))
    if (!(name in values))
      problems.push(
        `unknown named value {${name}}; use one of ${Object.keys(values)
          .map((n) => `{${n}}`)
          .join(', ')}`,
      );
  for (const m of text.replace(placeholder, '').matchAll(typed)) {
    const n = asNumber(m[1]);
    const family = nouns[m[3].toLowerCase()];
    const names = Object.keys(values).filter(
      (k) => k.startsWith(family) || (family === 'countries' && k === 'claims.count'),
    );
    const same = names.filter((k) => values[k] === n);
    const offer = (same.length ? same : names).map((k) => `{${k}} (now ${values[k]})`).join(' or ');
    problems.push(`"${m[0]}" types a count the data holds; write ${offer} so the words follow the data`);
  }
  return problems;
}
