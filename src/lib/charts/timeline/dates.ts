// Partial dates as time spans. A source that says "2019" tells us the year, not 1 January, so every
// date is read as the whole period it names: a year, a month or a day (UTC, half-open [start, end)).
import { dateParts } from '$lib/ui/format';

export type Precision = 'year' | 'month' | 'day';

export interface Span {
  start: Date;
  /** Exclusive: the first instant after the period. */
  end: Date;
  /** The precision of the start date (a range keeps the precision of its first date). */
  precision: Precision;
  /** True when the record has an endDate. */
  ranged: boolean;
}

export function precisionOf(date: string): Precision {
  const { month, day } = dateParts(date);
  return day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}

/** The first instant of the period the date names. */
export function startOf(date: string): Date {
  const { year, month = 1, day = 1 } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The first instant after the period the date names. */
export function endOf(date: string): Date {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return new Date(Date.UTC(year + 1, 0, 1));
  if (day === undefined) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month - 1, day + 1));
}

export function spanOf(record: { date: string; endDate?: string }): Span {
  return {
    start: startOf(record.date),
    end: endOf(record.endDate ?? record.date),
    precision: precisionOf(record.date),
    ranged: record.endDate !== undefined,
  };
}

/** Drawn as a dot only when the day is known and there is no end date; everything else is a span. */
export const isPoint = (span: Span) => span.precision === 'day' && !span.ranged;

/**
 * Date order: earlier start first; at the same start the vaguer (longer) period first, so "2018"
 * precedes "Sep 2018" and "Dec 2022" precedes "15 Dec 2022"; then by id, so the order is stable.
 */
export function compareByDate<T extends { id: string; date: string; endDate?: string }>(a: T, b: T): number {
  const sa = spanOf(a);
  const sb = spanOf(b);
  return (
    sa.start.getTime() - sb.start.getTime() ||
    sb.end.getTime() - sa.end.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export const sortByDate = <T extends { id: string; date: string; endDate?: string }>(records: T[]) =>
  [...records].sort(compareByDate);

/** True when the span shares any instant with [from, to). */
export const overlapsWindow = (span: Span, from: Date, to: Date) => span.start < to && span.end > from;

export interface TimeWindow {
  from: Date;
  to: Date;
}

/**
 * The window a view asks for; a missing bound falls back to the data: the start of the earliest
 * event's period and the end of the latest. `to: "2023-02"` includes all of February.
 */
export function windowFor(
  view: { from?: string; to?: string },
  records: { date: string; endDate?: string }[],
): TimeWindow {
  const spans = records.map(spanOf);
  const first = spans.length ? new Date(Math.min(...spans.map((s) => s.start.getTime()))) : startOf('1994');
  const last = spans.length ? new Date(Math.max(...spans.map((s) => s.end.getTime())) - 1) : startOf('2025');
  // Defaults round out to whole years: an axis that stops mid-year reads like the story stopped there.
  const from = view.from ? startOf(view.from) : startOf(String(first.getUTCFullYear()));
  const to = view.to ? endOf(view.to) : endOf(String(last.getUTCFullYear()));
  return to > from ? { from, to } : { from, to: endOf(String(from.getUTCFullYear())) };
}
