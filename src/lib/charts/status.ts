// Words and order for the evidence statuses, shared by every chart, legend, card and table.
import type { Status } from '$lib/data/schema';

/** Strongest evidence first. */
export const statusOrder: Status[] = ['confirmed', 'single-source', 'claimed', 'denied'];

/** What readers see. */
export const statusLabel: Record<Status, string> = {
  confirmed: 'Confirmed',
  claimed: "Tiandy's claim",
  'single-source': 'Single source',
  denied: 'Denied',
};

/** One line for legends and tooltips. */
export const statusDescription: Record<Status, string> = {
  confirmed: 'Two independent sources other than Tiandy, or an official record of the act',
  claimed: "Every source leads back to Tiandy's own statements",
  'single-source': 'One independent source other than Tiandy, not corroborated',
  denied: 'Tiandy claims it; the named counterparty denies it',
};

/**
 * Fallback colours for the --status-* tokens (light theme), chosen to stay apart for the common colour
 * vision deficiencies; the second channel (pattern or symbol) carries the meaning in greyscale.
 */
export const statusFallback: Record<Status, string> = {
  confirmed: '#b2182b',
  'single-source': '#2166ac',
  claimed: '#a86e00',
  denied: '#666666',
};

/** CSS colour for a status: the page's theme-aware --status-* token, else the light fallback. */
export const statusColor = (s: Status) => `var(--status-${s}, ${statusFallback[s]})`;

/** Sort key: position in statusOrder. */
export const statusRank = (s: Status) => statusOrder.indexOf(s);

/** How a count of records reads in a sentence: "2 confirmed", "3 only Tiandy's claim". */
export const statusCountPhrase: Record<Status, string> = {
  confirmed: 'confirmed',
  'single-source': 'from a single source',
  claimed: "only Tiandy's claim",
  denied: 'denied',
};
