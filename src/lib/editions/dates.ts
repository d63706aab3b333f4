// Dates and numbers for each edition, on Intl. Data dates are partial ("2018", "2022-12", "2022-12-15") and
// are UTC calendar dates. A partial date keeps its precision in every calendar: a Gregorian month is two
// Solar Hijri months ("آذر و دی ۱۴۰۱"), a Gregorian year two Solar Hijri years, never one invented day.
// Persian dates are written as research/editions-glossary.md §11 says, both calendars in Persian digits: a
// day Solar Hijri first, the Gregorian beside it («۲۴ آذر ۱۴۰۱ (۱۵ دسامبر ۲۰۲۲)»); a month or a year, which
// straddles two Solar Hijri ones, Gregorian first with the Hijri span beside it («دسامبر ۲۰۲۲ (آذر و دی
// ۱۴۰۱)», «۱۹۹۴ (۱۳۷۲–۱۳۷۳)»); in bylines and wherever the date already sits in brackets, the two joined
// by a dash instead («۷ آذر ۱۴۰۵ – ۲۸ نوامبر ۲۰۲۶»), so brackets never nest.

import { longMonths } from '../data/months.ts';
import { editions, type Edition } from './editions.ts';

const shortMonths = longMonths.map((m) => m.slice(0, 3));

export interface DateParts {
  year: number;
  /** 1–12, absent for a year-only date. */
  month?: number;
  /** 1–31, absent unless the day is known. */
  day?: number;
}

/** Splits "2022-12-15" into numbers; throws on anything that is not a partial ISO date. */
export function dateParts(date: string): DateParts {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`"${date}" is not a date written "2022", "2022-12" or "2022-12-15"`);
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? undefined : Number(m[2]),
    day: m[3] === undefined ? undefined : Number(m[3]),
  };
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Each Intl formatter is made once: making one costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const dtf = (locale: string, options: Intl.DateTimeFormatOptions) =>
  formatter(
    `date ${locale} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }),
  );
const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
  parts.find((p) => p.type === type)?.value ?? '';

/** A day in the Solar Hijri calendar, in Persian digits and month names. */
function persianParts(date: Date) {
  const parts = dtf('fa-IR', { year: 'numeric', month: 'long', day: 'numeric' }).formatToParts(date);
  return { year: part(parts, 'year'), month: part(parts, 'month'), day: part(parts, 'day') };
}

/** The Solar Hijri span of a partial Gregorian date, as precise as the date. */
function solarHijri({ year, month, day }: DateParts): string {
  if (day !== undefined) {
    const p = persianParts(utc(year, month, day));
    return `${p.day} ${p.month} ${p.year}`;
  }
  const first = persianParts(utc(year, month ?? 1, 1));
  const last = persianParts(month === undefined ? utc(year, 12, 31) : utc(year, month, lastDay(year, month)));
  if (month === undefined) return first.year === last.year ? first.year : `${first.year}–${last.year}`;
  // Two months are joined by «و», as the glossary writes them («آذر و دی ۱۴۰۱»).
  if (first.year === last.year)
    return first.month === last.month
      ? `${first.month} ${first.year}`
      : `${first.month} و ${last.month} ${first.year}`;
  return `${first.month} ${first.year} و ${last.month} ${last.year}`;
}

/** The Gregorian date in the edition's language and digits. */
function gregorian({ year, month, day }: DateParts, locale: string): string {
  const date = utc(year, month ?? 1, day ?? 1);
  if (month === undefined) return dtf(locale, { year: 'numeric' }).format(date);
  if (day === undefined) {
    const parts = dtf(locale, { year: 'numeric', month: 'long' }).formatToParts(date);
    // fa-IR puts the year first ("۲۰۲۲ دسامبر"); Persian prose writes the month first.
    return locale.startsWith('fa')
      ? `${part(parts, 'month')} ${part(parts, 'year')}`
      : dtf(locale, { year: 'numeric', month: 'long' }).format(date);
  }
  return dtf(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** How a Persian date joins its two calendars: `brackets` in running text, a `dash` in bylines and
 * wherever the date is already inside brackets. */
export type DateJoin = 'brackets' | 'dash';

/**
 * A partial date for readers of an edition. English: "2018", "Dec 2022", "15 Dec 2022" (`long` spells the
 * month). Chinese: "2022年", "2022年12月", "2022年12月15日". Persian: "۲۴ آذر ۱۴۰۱ (۱۵ دسامبر ۲۰۲۲)",
 * "دسامبر ۲۰۲۲ (آذر و دی ۱۴۰۱)", "۱۹۹۴ (۱۳۷۲–۱۳۷۳)"; with `join: 'dash'`, "۷ آذر ۱۴۰۵ – ۲۸ نوامبر ۲۰۲۶"
 * (`join` changes nothing in the other editions).
 */
export function formatDate(
  date: string,
  edition: Edition = editions.en,
  { long = false, join = 'brackets' }: { long?: boolean; join?: DateJoin } = {},
): string {
  const d = dateParts(date);
  if (edition.id === 'fa') {
    const hijri = solarHijri(d);
    const greg = gregorian(d, 'fa-IR-u-ca-gregory');
    const [first, second] = d.day === undefined ? [greg, hijri] : [hijri, greg];
    return join === 'dash' ? `${first} – ${second}` : `${first} (${second})`;
  }
  if (edition.id === 'zh') return gregorian(d, edition.locale);
  if (d.month === undefined) return String(d.year);
  const name = (long ? longMonths : shortMonths)[d.month - 1];
  return d.day === undefined ? `${name} ${d.year}` : `${d.day} ${name} ${d.year}`;
}

/**
 * A range as short as it stays unambiguous. English: "21–24 Feb 2019", "Jun–Aug 2022", "2021–2023",
 * "30 Nov – 2 Dec 2022". Other editions join the two dates with a dash, each in full.
 */
export function formatDateRange(from: string, to?: string, edition: Edition = editions.en): string {
  if (!to || to === from) return formatDate(from, edition);
  if (edition.id === 'zh') return chineseRange(from, to);
  if (edition.id !== 'en') return `${formatDate(from, edition)} – ${formatDate(to, edition)}`;
  const a = dateParts(from);
  const b = dateParts(to);
  const sameShape =
    (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
  if (sameShape && a.year === b.year) {
    if (a.month === undefined) return String(a.year);
    if (a.day === undefined) return `${shortMonths[a.month - 1]}–${shortMonths[b.month! - 1]} ${a.year}`;
    if (a.month === b.month) return `${a.day}–${b.day} ${shortMonths[a.month - 1]} ${a.year}`;
    return `${a.day} ${shortMonths[a.month - 1]} – ${b.day} ${shortMonths[b.month! - 1]} ${a.year}`;
  }
  if (sameShape && a.month === undefined) return `${a.year}–${b.year}`;
  return `${formatDate(from, edition)} – ${formatDate(to, edition)}`;
}

/**
 * A Chinese range joined by 至, the second date without what it shares with the first, as Chinese prose
 * writes it: "2019年2月21日至24日", "2022年11月30日至12月2日", "2018年至2019年", "2021年12月至2023年2月".
 */
function chineseRange(from: string, to: string): string {
  const a = dateParts(from);
  const b = dateParts(to);
  const sameShape =
    (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
  const end = formatDate(to, editions.zh);
  if (!sameShape || a.year !== b.year || a.month === undefined)
    return `${formatDate(from, editions.zh)}至${end}`;
  // Drop the year ("2022年"), and the month too when it is the same one.
  const short = end.slice(end.indexOf('年') + 1);
  return `${formatDate(from, editions.zh)}至${a.day !== undefined && a.month === b.month ? short.slice(short.indexOf('月') + 1) : short}`;
}

/** A number in the edition's digits: "60" in English and Chinese, "۶۰" in Persian. */
export function formatNumber(n: number, edition: Edition = editions.en): string {
  // A count, a step's number, a year: written digit by digit, as Intl would. The first Intl.NumberFormat a
  // page makes loads ICU's number data, some 60 ms of a phone's main thread (4× CPU) inside the first
  // block's hydration.
  if (Number.isInteger(n) && n >= 0 && n < 10000)
    return String(n).replace(/\d/g, (d) => edition.digits[Number(d)]);
  const useGrouping = n >= 10000;
  return formatter(
    `number ${edition.locale} ${useGrouping}`,
    () => new Intl.NumberFormat(edition.locale, { useGrouping }),
  ).format(n);
}

/**
 * The first days of the Solar Hijri years (Nowruz, 1 Farvardin) between two instants: where the Persian
 * edition's timeline puts its year ticks. Found from Intl itself, so the calendar's leap rules are ICU's.
 */
export function nowruzBetween(start: Date, end: Date): Date[] {
  const days: Date[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    for (let day = 19; day <= 22; day++) {
      const date = utc(year, 3, day);
      const parts = dtf('fa-IR-u-nu-latn', { month: 'numeric', day: 'numeric' }).formatToParts(date);
      if (part(parts, 'month') === '1' && part(parts, 'day') === '1') {
        if (date >= start && date <= end) days.push(date);
        break;
      }
    }
  }
  return days;
}

/** A year tick's label: "2019" on 1 January in English, "2019年" in Chinese, "۱۳۹۸" on Nowruz in Persian. */
export function formatYearTick(date: Date, edition: Edition = editions.en): string {
  if (edition.id === 'fa') return persianParts(date).year;
  if (edition.id === 'zh') return dtf(edition.locale, { year: 'numeric' }).format(date);
  return String(date.getUTCFullYear());
}

/** A day's place in the Solar Hijri calendar, in numbers: year, month 1–12, day. */
function solarNumbers(date: Date) {
  const parts = dtf('fa-IR-u-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    date,
  );
  return {
    year: Number(part(parts, 'year')),
    month: Number(part(parts, 'month')),
    day: Number(part(parts, 'day')),
  };
}

/** True when the day opens a year of the edition's calendar: 1 January, or Nowruz in Persian. */
export function isYearStart(date: Date, edition: Edition = editions.en): boolean {
  if (edition.id === 'fa') {
    const { month, day } = solarNumbers(date);
    return month === 1 && day === 1;
  }
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1;
}

/**
 * The first days of the edition's months (every `step`-th, counted from the year's first) in [from, to):
 * Gregorian months in English and Chinese, Solar Hijri months in Persian, found from Intl (each begins
 * between the 19th and the 24th of a Gregorian month). `unit: 'year'` gives the years' first days (every
 * `step`-th year, by its number), Nowruz in Persian.
 */
export function calendarStarts(
  from: Date,
  to: Date,
  unit: 'year' | 'month',
  step = 1,
  edition: Edition = editions.en,
): Date[] {
  const days: Date[] = [];
  if (edition.id !== 'fa') {
    for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++)
      for (let mo = 0; mo < (unit === 'year' ? 1 : 12); mo++) {
        const date = utc(y, mo + 1, 1);
        const n = unit === 'year' ? y : mo;
        if (date >= from && date < to && n % step === 0) days.push(date);
      }
    return days;
  }
  for (let y = from.getUTCFullYear() - 1; y <= to.getUTCFullYear(); y++)
    for (let mo = 1; mo <= 12; mo++)
      for (let d = 19; d <= 24; d++) {
        const date = utc(y, mo, d);
        const sh = solarNumbers(date);
        if (sh.day !== 1) continue;
        const wanted = unit === 'year' ? sh.month === 1 && sh.year % step === 0 : (sh.month - 1) % step === 0;
        if (wanted && date >= from && date < to) days.push(date);
        break;
      }
  return days;
}

/**
 * A time axis tick's label in the edition's calendar and words: the year where a year starts ("2019",
 * "2019年", "۱۳۹۸"), otherwise the month ("Mar", "3月", "فروردین"), with its year when `withYear` ("Mar
 * 2022", "2022年3月", "مهر ۱۴۰۱").
 */
export function formatTick(date: Date, edition: Edition = editions.en, withYear = false): string {
  if (isYearStart(date, edition)) return formatYearTick(date, edition);
  if (edition.id === 'fa') {
    const p = persianParts(date);
    return withYear ? `${p.month} ${p.year}` : p.month;
  }
  if (edition.id === 'zh')
    return dtf(edition.locale, withYear ? { year: 'numeric', month: 'short' } : { month: 'short' }).format(
      date,
    );
  const month = shortMonths[date.getUTCMonth()];
  return withYear ? `${month} ${date.getUTCFullYear()}` : month;
}

/** The edition's years a stretch of time runs through, first and last ("1994", "2017"; "۱۳۷۲", "۱۳۹۶"),
 * for a caption: [from, to), so `to` itself is not counted. */
export function yearsOf(from: Date, to: Date, edition: Edition = editions.en): [string, string] {
  const last = new Date(to.getTime() - 864e5);
  return [formatYearTick(from, edition), formatYearTick(last, edition)];
}
