import { describe, expect, it } from 'vitest';
import { storyData } from '../fixtures/story';
import { allSteps } from '$lib/data/steps';
import { embedCodes } from '$lib/embed/embedCode';
import { forBrowser, forEmbeds } from '$lib/data/embedData';
import type { Source } from '$lib/data/schema';
import { embedOptions, sourcesShown } from '$lib/embed/embedView';
import { mapChart } from '$lib/charts/map/chart';
import { parsePymMessage, pymMessage } from '$lib/embed/height';
import { citationIds } from '../../src/lib/data/provenance';

// The frozen story dataset: the filter case below needs countries of more than one status.
const dataset = storyData();

describe('pym messages', () => {
  it('writes the format pym.js parents read', () => {
    expect(pymMessage('map-1', 'height', '640')).toBe('pymxPYMxmap-1xPYMxheightxPYMx640');
  });
  it('reads width messages for this child only', () => {
    expect(parsePymMessage('pymxPYMxmap-1xPYMxwidthxPYMx340', 'map-1')).toEqual({
      type: 'width',
      value: '340',
    });
    expect(parsePymMessage('pymxPYMxother-2xPYMxwidthxPYMx340', 'map-1')).toBeNull();
    expect(parsePymMessage({ some: 'object' }, 'map-1')).toBeNull();
  });
});

describe('embed options', () => {
  const mapStep = allSteps(dataset.story).find((s) => s.view.chart === 'map')!;
  const networkStep = allSteps(dataset.story).find((s) => s.view.chart === 'network')!;
  it('shows a step of this chart when the query names one', () => {
    expect(embedOptions(`?view=${mapStep.id}&theme=dark`, mapChart, dataset)).toEqual({
      view: mapStep.view,
      stepId: mapStep.id,
      theme: 'dark',
    });
  });
  it("falls back to the whole chart for another chart's step or nonsense, and to auto theme", () => {
    expect(embedOptions(`?view=${networkStep.id}&theme=neon`, mapChart, dataset)).toEqual({
      // The whole map is the record and the claim set against it.
      view: { chart: 'map', showClaim: true },
      theme: 'auto',
    });
  });
  it('lists the sources of what a view draws', () => {
    const all = sourcesShown(mapChart, { chart: 'map' }, dataset).map((s) => s.id);
    const expected = new Set(dataset.countries.flatMap((r) => citationIds(r.sources)));
    expect(new Set(all)).toEqual(expected);
    const confirmedOnly = sourcesShown(mapChart, { chart: 'map', statuses: ['confirmed'] }, dataset).map(
      (s) => s.id,
    );
    const confirmed = dataset.countries.filter((c) => c.status === 'confirmed');
    expect(new Set(confirmedOnly)).toEqual(new Set(confirmed.flatMap((r) => citationIds(r.sources))));
  });
});

describe('embed code', () => {
  const codes = embedCodes('timeline', 'A "quoted" title', 'https://example.org/tiandy/');
  it('is an iframe with a real title, lazy loading and the sandbox', () => {
    expect(codes.iframe).toContain('src="https://example.org/tiandy/embed/timeline/"');
    expect(codes.iframe).toContain('title="A &quot;quoted&quot; title"');
    expect(codes.iframe).toContain('loading="lazy"');
    expect(codes.iframe).toContain('sandbox="allow-scripts allow-popups"');
  });
  it("offers the pym form with our own copy of pym's parent script", () => {
    expect(codes.pym).toContain('data-pym-src="https://example.org/tiandy/embed/timeline/"');
    expect(codes.pym).toContain('src="https://example.org/tiandy/embed/pym.v1.min.js"');
  });
  it('embeds a step as it shows the chart when given its id', () => {
    const step = embedCodes('map', 'Measures', 'https://example.org/tiandy/', 'measures-on-the-map');
    expect(step.iframe).toContain('src="https://example.org/tiandy/embed/map/?view=measures-on-the-map"');
    expect(step.pym).toContain(
      'data-pym-src="https://example.org/tiandy/embed/map/?view=measures-on-the-map"',
    );
  });
});

describe('sources of a measures view', () => {
  it("lists the sources of the measures the view shows, and none of the footprint's", () => {
    const shown = sourcesShown(
      mapChart,
      { chart: 'map', layer: 'measures', reach: ['names-tiandy'] },
      dataset,
    );
    const measures = dataset.measures.filter((m) => m.reach === 'names-tiandy');
    expect(new Set(shown.map((s) => s.id))).toEqual(new Set(measures.flatMap((m) => citationIds(m.sources))));
  });
});

describe('what embeds ship of the sources', () => {
  it('ships each source once: shared ones to every embed, those only measures cite with the measures', () => {
    const files = forEmbeds(dataset);
    const ids = (list: { id: string }[]) => list.map((s) => s.id);
    const shared = ids(JSON.parse(files['sources.json']).sources);
    const withMeasures = JSON.parse(files['measures.json']) as {
      measures: unknown[];
      sources: { id: string }[];
    };
    const own = ids(withMeasures.sources);
    expect(new Set([...shared, ...own])).toEqual(new Set(ids(dataset.sources)));
    expect(shared.filter((id) => own.includes(id))).toEqual([]);
    const records = [...dataset.relationships, ...dataset.events, ...dataset.countries, ...dataset.claims];
    for (const id of records.flatMap((r) => citationIds(r.sources))) expect(shared).toContain(id);
    expect(withMeasures.measures).toEqual(dataset.measures);
  });
});

describe("what a page's scripts get of the story and the sources", () => {
  it('keeps every step and figure a chart follows, and none of the prose the page holds as HTML', () => {
    const files = forBrowser(dataset);
    const story = JSON.parse(files['story.json']) as typeof dataset.story;
    const steps = (s: typeof story) => s.sections.flatMap((x) => x.steps);
    expect(steps(story).map((s) => [s.id, s.view])).toEqual(steps(dataset.story).map((s) => [s.id, s.view]));
    expect(story.figures).toEqual(dataset.story.figures);
    expect(steps(story).filter((s) => s.text)).toEqual([]);
    expect(story.sections.filter((s) => s.intro)).toEqual([]);
    expect([story.dek, story.summary, story.openQuestions]).toEqual(['', [], []]);
    expect([story.conclusion, story.methods, story.updates, story.responses]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps every source, each without its notes, other links or archive', () => {
    const { sources } = JSON.parse(forBrowser(dataset)['sources.json']) as { sources: Source[] };
    expect(sources.map((s) => s.id)).toEqual(dataset.sources.map((s) => s.id));
    expect(dataset.sources.some((s) => s.note)).toBe(true);
    for (const s of sources) {
      expect(Object.keys(s)).not.toContain('note');
      expect(Object.keys(s)).not.toContain('archiveUrl');
      expect(s.title).toBe(dataset.sources.find((d) => d.id === s.id)!.title);
    }
  });
});
