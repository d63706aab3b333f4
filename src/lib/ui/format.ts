// Date formatting shared by every component. Data dates are partial ("2018", "2022-12", "2022-12-15")
// and are read as UTC calendar dates: never build them with the local-time Date constructor.

import { m } from '$lib/paraglide/messages.js';
import { edition } from '../editions/current.ts';
import {
  formatDate,
  formatDateRange as formatRange,
  formatNumber,
  formatTick as formatEditionTick,
  type DateJoin,
} from '../editions/dates.ts';

export { dateParts, type DateParts } from '../editions/dates.ts';

/** "2018" → "2018", "2022-12" → "Dec 2022", "2022-12-15" → "15 Dec 2022"; `long` spells the month.
 * `join: 'dash'` for a byline or a date already inside brackets: a Persian date then joins its two
 * calendars with a dash, not brackets of its own (editions/dates.ts). */
export const formatPartialDate = (date: string, options: { long?: boolean; join?: DateJoin } = {}) =>
  formatDate(date, edition, options);

/**
 * A range as short as it stays unambiguous: "21–24 Feb 2019", "Jun–Aug 2022", "2021–2023",
 * "30 Nov – 2 Dec 2022", "Dec 2021 – Feb 2023". Without `to` it is formatPartialDate(from).
 */
export const formatDateRange = (from: string, to?: string) => formatRange(from, to, edition);

/** Axis ticks in the edition's calendar: "2019" on 1 January, otherwise "Mar" (or "Mar 2022" when
 * `withYear`); Persian "۱۳۹۸" on Nowruz, otherwise the Solar Hijri month ("مهر", "مهر ۱۴۰۱"). */
export const formatTick = (date: Date, withYear = false) => formatEditionTick(date, edition, withYear);

/** A source's date for readers: "15 Dec 2022", or "undated" when the source carries none; `join` as for
 * formatPartialDate. */
export const formatSourceDate = (source: { date?: string }, join?: DateJoin) =>
  source.date ? formatPartialDate(source.date, { join }) : m.undated();

/** A count in the edition's digits ("60", "۶۰"): every number a message shows goes through here. */
export const formatCount = (n: number) => formatNumber(n, edition);
