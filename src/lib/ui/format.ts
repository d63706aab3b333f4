// Date formatting shared by every component. Data dates are partial ("2018", "2022-12", "2022-12-15")
// and are read as UTC calendar dates: never build them with the local-time Date constructor.

import { m } from '$lib/paraglide/messages.js';
import { edition } from '../editions/current.ts';
import {
  formatChineseTick,
  formatDate,
  formatDateRange as formatRange,
  formatNumber,
} from '../editions/dates.ts';

export { dateParts, type DateParts } from '../editions/dates.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018" → "2018", "2022-12" → "Dec 2022", "2022-12-15" → "15 Dec 2022"; `long` spells the month. */
export const formatPartialDate = (date: string, options: { long?: boolean } = {}) =>
  formatDate(date, edition, options);

/**
 * A range as short as it stays unambiguous: "21–24 Feb 2019", "Jun–Aug 2022", "2021–2023",
 * "30 Nov – 2 Dec 2022", "Dec 2021 – Feb 2023". Without `to` it is formatPartialDate(from).
 */
export const formatDateRange = (from: string, to?: string) => formatRange(from, to, edition);

/** Axis ticks: "2019" on 1 January, otherwise "Mar" (or "Mar 2022" when `withYear`); in Chinese
 * "2019年", "3月", "2022年3月". */
export function formatTick(date: Date, withYear = false): string {
  if (edition.id === 'zh') return formatChineseTick(date, withYear);
  const month = date.getUTCMonth();
  if (month === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  return withYear ? `${months[month]} ${date.getUTCFullYear()}` : months[month];
}

/** A source's date for readers: "15 Dec 2022", or "undated" when the source carries none. */
export const formatSourceDate = (source: { date?: string }) =>
  source.date ? formatPartialDate(source.date) : m.undated();

/** A count in the edition's digits ("60", "۶۰"): every number a message shows goes through here. */
export const formatCount = (n: number) => formatNumber(n, edition);
