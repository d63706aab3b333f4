// What an embed ships of the story and the sources (as `$data/story.json?embed` and
// `$data/sources.json?embed`): only what a chart, its card and its source list read. The prose, the
// replies and the sources' notes are for the story page and /data/, and would triple an embed's data.
import type { Dataset, Source, Story } from './schema';

/** Each trimmed file's JSON text, keyed by its name in data/. */
export function forEmbeds(d: Dataset): Record<string, string> {
  const story: Story = {
    ...d.story,
    summary: [],
    openQuestions: [],
    methods: undefined,
    updates: undefined,
    responses: undefined,
    sections: d.story.sections.map(({ intro: _, ...section }) => ({
      ...section,
      steps: section.steps.map((step) => ({ ...step, text: '' })),
    })),
  };
  const sources: Source[] = d.sources.map(
    ({ note: _n, dateNote: _d, moreUrls: _m, archiveUrl: _a, accessed: _c, ...kept }) => kept,
  );
  return { 'story.json': JSON.stringify(story), 'sources.json': JSON.stringify({ sources }) };
}
