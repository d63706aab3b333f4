// Reader-facing words for what a source is (sources.json "kind"), shared by the source lists.
import type { SourceKind } from '$lib/data/schema';

/** What each kind of source is, in words: "Original reporting", "Relays others". */
export const sourceKindLabel: Record<SourceKind, string> = {
  company: "Tiandy's own material",
  counterparty: "A counterparty's statement",
  'official-record': 'Official record',
  'official-statement': 'Official statement',
  reporting: 'Original reporting',
  relay: 'Relays others',
};
