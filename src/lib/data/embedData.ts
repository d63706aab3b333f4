// What the browser is handed of the story and the sources. Their prose, the replies and the sources' notes
// are already in the page's HTML (the story page and /data/ are prerendered, and their scripts hydrate
// only the charts, the stepper and a table): shipped again in the scripts they would be carried twice,
// which for a translated edition is most of what it weighs over the English page. So the browser build of
// a page gets them trimmed (`forBrowser`) to what a chart, its card and its source list read, and an embed
// (`forEmbeds`, as `$data/story.json?embed` and `$data/sources.json?embed`) the same, with governments'
// measures and the sources only they cite going to the map embed alone (`$data/measures.json?embed`), so
// the other embeds do not carry them.
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

/** The story as a page's scripts read it: each chart's figure and its steps' views, no prose. */
const storyForCharts = (story: Story): Story => ({
  ...story,
  dek: '',
  whyNow: undefined,
  summary: [],
  conclusion: undefined,
  openQuestions: [],
  methods: undefined,
  updates: undefined,
  responses: undefined,
  sections: story.sections.map(({ intro: _, ...section }) => ({
    ...section,
    steps: section.steps.map((step) => ({ ...step, text: '' })),
  })),
});

/** A source as a chart's card and source list cite it: no notes, other links or archive. */
const sourceForCharts = ({
  note: _n,
  dateNote: _d,
  moreUrls: _m,
  archiveUrl: _a,
  accessed: _c,
  quotesReadOn: _q,
  ...kept
}: Source): Source => kept;

/** The story and the sources as a page's scripts get them (the data plugin hands them to the browser
 * build in place of the files themselves; the prerender and Node read the whole files). */
export function forBrowser(d: Dataset): Record<string, string> {
  return {
    'story.json': JSON.stringify(storyForCharts(d.story)),
    'sources.json': JSON.stringify({ sources: d.sources.map(sourceForCharts) }),
  };
}

/** Each trimmed file's JSON text, keyed by its name in data/. */
export function forEmbeds(d: Dataset): Record<string, string> {
  const trimmed = d.sources.map(sourceForCharts);
  const shared = citedOutsideMeasures(d);
  return {
    'story.json': JSON.stringify(storyForCharts(d.story)),
    'sources.json': JSON.stringify({ sources: trimmed.filter((s) => shared.has(s.id)) }),
    'measures.json': JSON.stringify({
      measures: d.measures,
      sources: trimmed.filter((s) => !shared.has(s.id)),
    }),
  };
}
