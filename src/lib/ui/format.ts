// Date formatting shared by every component. Data dates are partial ("2018", "2022-12", "2022-12-15")
// and are read as UTC calendar dates: never build them with the local-time Date constructor.

import { longMonths } from '../data/months.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

/** "2018" → "2018", "2022-12" → "Dec 2022", "2022-12-15" → "15 Dec 2022"; `long` spells the month. */
export function formatPartialDate(date: string, { long = false }: { long?: boolean } = {}): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return String(year);
  const name = (long ? longMonths : months)[month - 1];
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/**
 * A range as short as it stays unambiguous: "21–24 Feb 2019", "Jun–Aug 2022", "2021–2023",
 * "30 Nov – 2 Dec 2022", "Dec 2021 – Feb 2023". Without `to` it is formatPartialDate(from).
 */
export function formatDateRange(from: string, to?: string): string {
  if (!to || to === from) return formatPartialDate(from);
  const a = dateParts(from);
  const b = dateParts(to);
  const sameShape =
    (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
  if (sameShape && a.year === b.year) {
    if (a.month === undefined) return String(a.year);
    if (a.day === undefined) return `${months[a.month - 1]}–${months[b.month! - 1]} ${a.year}`;
    if (a.month === b.month) return `${a.day}–${b.day} ${months[a.month - 1]} ${a.year}`;
    return `${a.day} ${months[a.month - 1]} – ${b.day} ${months[b.month! - 1]} ${a.year}`;
  }
  if (sameShape && a.month === undefined) return `${a.year}–${b.year}`;
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

/** Axis ticks: "2019" on 1 January, otherwise "Mar" (or "Mar 2022" when `withYear`). */
export function formatTick(date: Date, withYear = false): string {
  const month = date.getUTCMonth();
  if (month === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  return withYear ? `${months[month]} ${date.getUTCFullYear()}` : months[month];
}

/** A source's date for readers: "15 Dec 2022", or "undated" when the source carries none. */
export const formatSourceDate = (source: { date?: string }) =>
  source.date ? formatPartialDate(source.date) : 'undated';
