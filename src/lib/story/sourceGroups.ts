// Groups the source list by what each source supports: the story section that first cites it, then the
// sources that only back records in the charts and data.
import { citedIds } from '$lib/data/markup';
import { indexSources } from '$lib/data/provenance';
import type { Dataset, Source } from '$lib/data/schema';

export interface SourceGroup {
  id: string;
  title: string;
  sources: Source[];
}

/** Sources each section cites in its intro and steps, each source listed once, in reading order. */
export function sourceGroups(data: Dataset): SourceGroup[] {
  const byId = indexSources(data.sources);
  const placed = new Set<string>();
  const groups: SourceGroup[] = [];
  for (const section of data.story.sections) {
    const texts = [...(section.intro ?? []), ...section.steps.map((s) => s.text)];
    const ids = [...new Set(texts.flatMap(citedIds))].filter((id) => byId.has(id) && !placed.has(id));
    ids.forEach((id) => placed.add(id));
    if (ids.length)
      groups.push({ id: section.id, title: section.title, sources: ids.map((id) => byId.get(id)!) });
  }
  const rest = data.sources.filter((s) => !placed.has(s.id));
  if (rest.length)
    groups.push({ id: 'records', title: 'The charts, the data and the open questions', sources: rest });
  return groups;
}
