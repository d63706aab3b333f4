// Each source's number in the story's source list (SourcesSection numbers its entries on from one group to
// the next), so that a phone's citations can be superscript numbers (see Markup).
import type { Dataset } from '$lib/data/schema';
import { sourceGroups } from './sourceGroups';

let cached: { data: Dataset; numbers: Map<string, number> } | undefined;

/** The number of every source, 1 up, in the order of the source list. */
export function sourceNumbers(data: Dataset): ReadonlyMap<string, number> {
  if (cached?.data === data) return cached.numbers;
  const ids = sourceGroups(data).flatMap((g) => g.sources.map((s) => s.id));
  cached = { data, numbers: new Map(ids.map((id, i) => [id, i + 1])) };
  return cached.numbers;
}
