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
 * CSS colour for a status. The palette's one home is the --status-* tokens in src/app.css, light and
 * dark, which every page, embed and exported image loads; SVG fills and CSS rules both read them.
 */
export const statusColor = (s: Status) => `var(--status-${s})`;

/** Sort key: position in statusOrder. */
export const statusRank = (s: Status) => statusOrder.indexOf(s);

/** How a count of records reads in a sentence: "2 confirmed", "3 only Tiandy's claim". */
export const statusCountPhrase: Record<Status, string> = {
  confirmed: 'confirmed',
  'single-source': 'from a single source',
  claimed: "only Tiandy's claim",
  denied: 'denied',
};
