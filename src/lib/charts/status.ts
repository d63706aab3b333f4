// Words and order for the evidence statuses, shared by every chart, legend, card and table.
import type { Status } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages.js';
import { words } from '$lib/ui/words';

/** Strongest evidence first. */
export const statusOrder: Status[] = ['confirmed', 'single-source', 'claimed', 'denied'];

/** What readers see. */
export const statusLabel: Record<Status, string> = words({
  confirmed: m.status_confirmed,
  claimed: m.status_claimed,
  'single-source': m.status_single_source,
  denied: m.status_denied,
});

/** One line for legends and tooltips. */
export const statusDescription: Record<Status, string> = words({
  confirmed: m.status_desc_confirmed,
  claimed: m.status_desc_claimed,
  'single-source': m.status_desc_single_source,
  denied: m.status_desc_denied,
});

/**
 * CSS colour for a status. The palette's one home is the --status-* tokens in src/app.css, light and
 * dark, which every page, embed and exported image loads; SVG fills and CSS rules both read them.
 */
export const statusColor = (s: Status) => `var(--status-${s})`;

/** Sort key: position in statusOrder. */
export const statusRank = (s: Status) => statusOrder.indexOf(s);

/** How a count of records reads in a sentence: "2 confirmed", "3 only Tiandy's claim". */
export const statusCountPhrase: Record<Status, string> = words({
  confirmed: m.status_count_confirmed,
  'single-source': m.status_count_single_source,
  claimed: m.status_count_claimed,
  denied: m.status_count_denied,
});
