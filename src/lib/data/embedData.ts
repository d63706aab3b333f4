// What an embed ships of the story and the sources (as `$data/story.json?embed` and
// `$data/sources.json?embed`): only what a chart, its card and its source list read. The prose, the
// replies and the sources' notes are for the story page and /data/, and would triple an embed's data.
// Governments' measures and the sources only they cite go to the map embed alone
// (`$data/measures.json?embed`), so the other embeds do not carry them.
import { citationIds } from './provenance';
import { citedIds } from './markup';
import type { Dataset, Source, Story } from './schema';

/** Every string inside a JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

/** The ids of the sources that records other than measures cite (in `sources` or in their text), with
 * every source those rest on or copy. */
function citedOutsideMeasures(d: Dataset): Set<string> {
  const records = [...d.relationships, ...d.claims, ...d.countries, ...d.events];
  const places = d.countries.flatMap((c) => c.places ?? []);
  const ids = new Set([
    ...[...records, ...places].flatMap((r) => citationIds(r.sources)),
    // Of the story, an embed keeps only the figures' words (forEmbeds below).
    ...[...records, d.story.figures].flatMap(strings).flatMap(citedIds),
  ]);
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  const queue = [...ids];
  for (let id = queue.pop(); id !== undefined; id = queue.pop())
    for (const next of [...(byId.get(id)?.restsOn ?? []), ...(byId.get(id)?.copyOf ?? [])])
      if (!ids.has(next)) {
        ids.add(next);
        queue.push(next);
      }
  return ids;
}

/** Each trimmed file's JSON text, keyed by its name in data/. */
export function forEmbeds(d: Dataset): Record<string, string> {
  const story: Story = {
    ...d.story,
    dek: '',
    whyNow: undefined,
    summary: [],
    conclusion: undefined,
    openQuestions: [],
    methods: undefined,
    updates: undefined,
    responses: undefined,
    sections: d.story.sections.map(({ intro: _, ...section }) => ({
      ...section,
      steps: section.steps.map((step) => ({ ...step, text: '' })),
    })),
  };
  const trimmed: Source[] = d.sources.map(
    ({ note: _n, dateNote: _d, moreUrls: _m, archiveUrl: _a, accessed: _c, quotesReadOn: _q, ...kept }) =>
      kept,
  );
  const shared = citedOutsideMeasures(d);
  return {
    'story.json': JSON.stringify(story),
    'sources.json': JSON.stringify({ sources: trimmed.filter((s) => shared.has(s.id)) }),
    'measures.json': JSON.stringify({
      measures: d.measures,
      sources: trimmed.filter((s) => !shared.has(s.id)),
    }),
  };
}
