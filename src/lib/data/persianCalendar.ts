// Persian text that gives a date in the Gregorian calendar alone. editions-glossary §11 writes a day Solar
// Hijri first with the Gregorian in brackets, and a year or a month (which straddles two Solar Hijri ones)
// with the Hijri span beside it, as formatDate writes the charts' dates; these find what breaks that in a
// translator's text, for check:data's warnings (translations.ts), and say what to write.
import { formatDate } from '../editions/dates.ts';
import { editions } from '../editions/editions.ts';

/** The Gregorian months as Persian writes them (with the ezafe a following year takes). */
const gregorianMonths =
  'ژانویهٔ|ژانویه|فوریهٔ|فوریه|مارس|آوریل|مهٔ|مه|ژوئن|ژوئیهٔ|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر';
/** A Gregorian day (or two: "۶ تا ۱۰", "۱ و ۱۶", "۲۸–۲۹") and its month, in Persian digits. */
const gregorianDay = new RegExp(
  `[۰-۹]{1,2}(?: (?:تا|و|یا) [۰-۹]{1,2}|–[۰-۹]{1,2})? (?:${gregorianMonths})(?![\u0600-\u06ff])`,
  'g',
);

/** Persian days written in the Gregorian calendar alone: editions-glossary §11 puts the Solar Hijri day
 * first and the Gregorian in brackets («۲۴ آذر ۱۴۰۱ (۱۵ دسامبر ۲۰۲۲)», inside brackets joined by a
 * dash), as formatDate prints the charts' dates. A month or a year alone is gregorianOnlyYears' to check. */
export function gregorianOnlyDays(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(gregorianDay))
    if (!/(\(|– )(حدود |احتمالاً )?$/.test(text.slice(0, m.index))) found.push(m[0]);
  return found;
}

const persianDigits = '۰۱۲۳۴۵۶۷۸۹';
const latinNumber = (digits: string) => Number([...digits].map((d) => persianDigits.indexOf(d)).join(''));
/** A Gregorian year in Persian digits, with its month when it has one, or two or more years ("۲۰۲۱ و ۲۰۲۲",
 * "۲۰۱۸–۲۰۲۲"). */
const gregorianYears = new RegExp(
  `(?:(${gregorianMonths}) )?((?:19|20)[0-9]{2})((?:(?: (?:و|تا|یا) |–)(?:19|20)[0-9]{2})*)(?![0-9])`
    .replaceAll('[0-9]', '[۰-۹]')
    .replaceAll('19', '۱۹')
    .replaceAll('20', '۲۰'),
  'g',
);
/** The Solar Hijri years or months a Gregorian year or month spans, as formatDate writes them beside it. */
const hijriSpan = (date: string) => /\((.*)\)$/.exec(formatDate(date, editions.fa))![1];
const monthNumber = (name: string) =>
  gregorianMonths
    .replaceAll('ٔ', '')
    .split('|')
    .filter((m, i, all) => all.indexOf(m) === i)
    .indexOf(name.replace('ٔ', '')) + 1;

/** Persian years and months written in the Gregorian calendar alone: editions-glossary §11 gives a year or a
 * month, which straddles two Solar Hijri ones, with the Hijri span beside it, as formatDate prints them
 * («۱۹۹۴ (۱۳۷۲–۱۳۷۳)», «دسامبر ۲۰۲۲ (آذر و دی ۱۴۰۱)»). A day's year is gregorianOnlyDays' to check; a
 * year already beside its Hijri one, in brackets or after a dash, and the year in a law's name, pass. Each
 * finding with what to write: inside brackets the two are joined by a dash. */
export function gregorianOnlyYears(text: string): { found: string; at: number; write: string }[] {
  const found: { found: string; at: number; write: string }[] = [];
  for (const m of text.matchAll(gregorianYears)) {
    const [whole, month, first, more] = m;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + whole.length);
    // A day's month and year ("۱۵ دسامبر ۲۰۲۲"), or a date's Gregorian half beside its Hijri one.
    if (month && /[۰-۹] $/.test(before)) continue;
    if (/[۱۲][۳۴][۰-۹]{2}\)? ?(\(|– )(حدود |احتمالاً |اواخر |اواسط |اوایل )?$/.test(before)) continue;
    const bracket = /^ \(([^)]*)\)/.exec(after)?.[1];
    if (bracket && /(۱۳|۱۴)[۰-۹]{2}/.test(bracket)) continue;
    if (/^ – (حدود )?[^ ()]*( و [^ ()]*)? ?(۱۳|۱۴)[۰-۹]{2}/.test(after)) continue;
    if (bracket && /[A-Za-z]/.test(bracket) && bracket.includes(String(latinNumber(first)))) continue;
    // A year that is part of a name keeps it alone: an act's («قانون تدارکات ۲۰۲۳», the Procurement Act
    // 2023), a fiscal year's, a budget's, a bill's text or version, a bill's number («SB 15 سال ۲۰۲۱»).
    if (!month && /(قانون( [^ ]+){1,5}|سال مالی|بودجهٔ|نسخهٔ|متن|[A-Z]+ ?[0-9]+ سال) $/.test(before)) continue;
    const last = more ? more.match(/[۰-۹]{4}$/)![0] : first;
    const years = [first, last].map((y) => hijriSpan(String(latinNumber(y))).split('–'));
    const span = month
      ? hijriSpan(`${latinNumber(first)}-${String(monthNumber(month)).padStart(2, '0')}`)
      : // Late or mid in a year is in the Solar Hijri year that begins at its Nowruz.
        !more && /(اواخر|اواسط) $/.test(before)
        ? years[0][1]
        : `${years[0][0]}–${years[1][1]}`;
    // Inside brackets the two calendars are joined by a dash, as formatDate's `dash` writes them.
    const inBrackets = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    found.push({
      found: whole,
      at: m.index,
      write: inBrackets ? `${whole} – ${span}` : `${whole} (${span})`,
    });
  }
  return found;
}
