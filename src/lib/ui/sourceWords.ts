// Reader-facing words for what a source is (sources.json "kind"), shared by the source lists.
import type { HowWeKnowWords } from '$lib/data/provenance';
import type { SourceKind } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages.js';
import { words } from './words';

/** What each kind of source is, in words: "Original reporting", "Relays others". */
export const sourceKindLabel: Record<SourceKind, string> = words({
  company: m.source_kind_company,
  counterparty: m.source_kind_counterparty,
  'official-record': m.source_kind_official_record,
  'official-statement': m.source_kind_official_statement,
  reporting: m.source_kind_reporting,
  relay: m.source_kind_relay,
});

/** "a", "a and b", "a, b and c" in the edition's words. */
export function listOf(items: readonly string[]): string {
  const u = [...new Set(items)];
  if (u.length <= 1) return u[0] ?? '';
  return m.list_and({ items: u.slice(0, -1).join(m.list_separator()), last: u[u.length - 1] });
}

/** The How-we-know line's words ("as reported by"), so hedges and attributions survive translation. */
export const howWeKnowWords: HowWeKnowWords = {
  reportedBy: (name, relays) => m.how_reported_by({ name, relays }),
  get separator() {
    return m.how_separator();
  },
  list: listOf,
};
