// Reader-facing words for footprint records: kinds of presence, partial dates, accessible names.
import type { Country, PresenceKind } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages.js';
import { formatPartialDate } from '$lib/ui/format';
import { words } from '$lib/ui/words';
import { statusLabel } from '../status';

export const presenceLabel: Record<PresenceKind, string> = words({
  headquarters: m.presence_headquarters,
  'sales-and-projects': m.presence_sales,
  'claimed-project': m.presence_claimed_project,
  'named-export-market': m.presence_export_market,
  reseller: m.presence_reseller,
});

/** "since 1994", "2021–2023", or '' when the record has no dates. */
export function formatSpan(c: Pick<Country, 'since' | 'until'>): string {
  if (c.since && c.until)
    return m.span_range({ from: formatPartialDate(c.since), to: formatPartialDate(c.until) });
  if (c.since) return m.span_since({ date: formatPartialDate(c.since) });
  if (c.until) return m.span_until({ date: formatPartialDate(c.until) });
  return '';
}

/** "Iran: Confirmed — sales and projects, 2021–2023" for a country's accessible name. */
export function countryAriaLabel(c: Country): string {
  const span = formatSpan(c);
  return `${c.name}: ${statusLabel[c.status]} — ${presenceLabel[c.kind].toLowerCase()}${span ? `${m.comma()}${span}` : ''}`;
}
