// Reader-facing words for footprint records: kinds of presence, partial dates, accessible names.
import type { Country, PresenceKind } from '$lib/data/schema';
import { formatPartialDate } from '$lib/ui/format';
import { statusLabel } from '../status';

export const presenceLabel: Record<PresenceKind, string> = {
  headquarters: 'Headquarters',
  'sales-and-projects': 'Sales and projects',
  'claimed-project': 'Claimed project',
  'named-export-market': 'Named export market',
  reseller: 'Reseller',
};

/** "since 1994", "2021–2023", or '' when the record has no dates. */
export function formatSpan(c: Pick<Country, 'since' | 'until'>): string {
  if (c.since && c.until) return `${formatPartialDate(c.since)}–${formatPartialDate(c.until)}`;
  if (c.since) return `since ${formatPartialDate(c.since)}`;
  if (c.until) return `until ${formatPartialDate(c.until)}`;
  return '';
}

/** "Iran: Confirmed — sales and projects, 2021–2023" for a country's accessible name. */
export function countryAriaLabel(c: Country): string {
  const span = formatSpan(c);
  return `${c.name}: ${statusLabel[c.status]} — ${presenceLabel[c.kind].toLowerCase()}${span ? `, ${span}` : ''}`;
}
