// Every step of the story, in every edition, walked once at each width (tests/browser/walk.ts) as a reader
// scrolls: at 360 × 740 with motion, as on a phone, and at 1280 × 800 with reduced motion, with
// axe at each step. The tests below assert on what the walk saw: each step's view in the graphic, its highlighted marks
// in sight, labels legible and apart, what a tall phone chart slid to, the prerendered parts kept, no
// sideways scroll, not one console error, page error or CSP violation, nothing asked of another host and
// nothing stored.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { MapView, NetworkView, TimelineView } from '../../src/lib/data/schema';
import { statusOrder } from '../../src/lib/charts/status';
import { relationshipsShown } from '../../src/lib/charts/network/shown';
import { measuresShown } from '../../src/lib/charts/map/measuresShown';
import type { MapGeometry } from '../../src/lib/geo/types';
import geometry from '../../src/lib/geo/world.json';
import { loadDataDir } from '../../src/lib/data/load';
import { closeBrowser, origin } from './harness';
import { editionIds } from './quality-content';
import type { EditionId } from '../../src/lib/editions/editions';
import { nothingLeft } from './storage';
import { walkStory, type Slide, type StepAxe, type Walk } from './walk';

const data = loadDataDir('data');
const steps = data.story.sections.flatMap((s) => s.steps);
const entityIds = data.entities.map((e) => e.id);
afterAll(closeBrowser);

/** What src/lib/story/pan.ts promises a tall phone chart, for any data; problems as sentences. */
function slideProblems(id: string, seen: Slide, { lanes = false } = {}): string[] {
  if (!seen.marks.length) return [];
  const problems: string[] = [];
  const inView = (m: { top: number; bottom: number }) => m.top >= seen.top - 1 && m.bottom <= seen.bottom + 1;
  const where = (m: { id: string; top: number; bottom: number }) =>
    `${id}: ${m.id} at ${Math.round(m.top)}–${Math.round(m.bottom)}, window ${Math.round(seen.top)}–${Math.round(seen.bottom)}`;
  const first = seen.marks.reduce((a, b) => (b.top < a.top ? b : a));
  const last = Math.max(...seen.marks.map((m) => m.bottom));
  const visible = seen.bottom - seen.top;
  // The highlighted marks all in view when what the step is about fits the window (16 px margins), else
  // the first of them.
  if (!inView(first)) problems.push(where(first));
  const span = seen.focus || last - first.top;
  if (span <= visible - 32) for (const m of seen.marks) if (!inView(m)) problems.push(where(m));
  // Lane names are read whole or not at all, as long as starting at them keeps the marks as much in view.
  if (lanes && seen.lanes.length) {
    const fits = last - first.top + 32 <= visible;
    const headTop = Math.min(...seen.lanes.map((l) => l.top));
    if ((fits ? last : first.top) + 16 - headTop <= visible + 1)
      for (const lane of seen.lanes)
        if (!(lane.top >= seen.top - 1 || lane.bottom <= seen.top + 1))
          problems.push(
            `${id}: a lane name cut at ${Math.round(lane.top)}, window from ${Math.round(seen.top)}`,
          );
  }
  return problems;
}

// Each edition's phone walk runs with motion (at four times its speed: walk.ts), the wide one without, with
// axe at each step: in light, and in the English story in dark too. A translation has the same colours on
// the same marks (its dark scheme is checked on its whole story at the top, a11y.test.ts, and on each
// embed); the dark pass at every step of each translation took about 10 s of the suite.
const walks: { edition: EditionId; width: number; axe: StepAxe; reducedMotion: boolean }[] =
  editionIds.flatMap((edition) => [
    { edition, width: 360, axe: false, reducedMotion: false },
    { edition, width: 1280, axe: edition === 'en' ? 'light and dark' : 'light', reducedMotion: true },
  ]);

for (const { edition, width, axe, reducedMotion } of walks) {
  describe(`the ${edition === 'en' ? '' : `${edition} `}story walked at ${width}px`, () => {
    let walk: Walk;
    const phone = width < 600;
    beforeAll(async () => {
      walk = await walkStory(width, { axe, reducedMotion, edition });
    }, 300_000);
    const seen = (id: string) => walk.steps.find((s) => s.step === id)!;

    it("walks every step of the story, each showing its step's view in its chart", () => {
      expect(walk.steps.map((s) => s.step)).toEqual(steps.map((s) => s.id));
      for (const step of steps) {
        expect(seen(step.id).active, step.id).toBe(step.id);
        expect(seen(step.id).attrs['data-chart'], step.id).toBe(step.view.chart);
      }
      expect(
        walk.steps.reduce((n, s) => n + s.highlighted, 0),
        'the steps highlight something',
      ).toBeGreaterThan(0);
    });

    it('shows every highlighted mark inside the part of the graphic on screen', () => {
      expect(walk.steps.flatMap((s) => s.outside.map((id) => `${s.step}: ${id}`))).toEqual([]);
    });

    if (phone)
      it('draws no chart label under 11 px', () => {
        expect(walk.steps.flatMap((s) => s.small.map((t) => `${s.step}: ${t}`))).toEqual([]);
      });

    it('never overlaps or cuts off two labels of the diagram or the timeline', () => {
      expect(walk.steps.flatMap((s) => s.overlaps.map((o) => `${s.step}: ${o}`))).toEqual([]);
      expect(walk.steps.some((s) => s.chart === 'timeline')).toBe(true);
    });

    it("zooms the map to each map step's region, with its highlights and legend", () => {
      for (const step of steps.filter((s) => s.view.chart === 'map')) {
        const view = step.view as MapView;
        const { attrs, legend, mapOutside, measures } = seen(step.id);
        expect(attrs['data-region'], step.id).toBe(view.region ?? 'world');
        expect(attrs['data-highlight'], step.id).toBe((view.highlight ?? []).join(' '));
        const zoom = Number(attrs['data-zoom']);
        if ((view.region ?? 'world') === 'world') expect(zoom, step.id).toBe(1);
        else expect(zoom, step.id).toBeGreaterThan(1.5);
        // The measures view keys its own marks (map-measures.test.ts); the footprint's legend lists the
        // statuses the view draws: its countries' and their places'.
        expect(mapOutside, step.id).toEqual([]);
        if (view.layer === 'measures') {
          // Only governments with a measure in the view are marked, and the key names only what is drawn.
          const shown = measuresShown(view, data.measures);
          const onMap = new Set([...geometry.shapes, ...geometry.markers].map((g) => g.iso3));
          const expected = [...new Set(shown.flatMap((m) => m.iso3 ?? []))].filter((c) => onMap.has(c));
          expect(measures.drawn, step.id).toEqual(expected.sort());
          const reaches = new Set(shown.map((m) => m.reach as string));
          expect(
            measures.legend.filter((r) => !reaches.has(r)),
            step.id,
          ).toEqual([]);
          continue;
        }
        const shown = data.countries.filter(
          (c) => !view.statuses?.length || view.statuses.includes(c.status),
        );
        const drawn = new Set(shown.flatMap((c) => [c.status, ...(c.places ?? []).map((p) => p.status)]));
        expect(legend, step.id).toEqual(statusOrder.filter((st) => drawn.has(st)));
      }
    });

    it("shows each network step's nodes and links: what its view draws (shown.ts), no node without a link", () => {
      for (const step of steps.filter((s) => s.view.chart === 'network')) {
        const view = step.view as NetworkView;
        const { nodes, links } = seen(step.id);
        const expected = relationshipsShown(view, data.relationships);
        expect([...links].sort(), step.id).toEqual(expected.map((r) => r.id).sort());
        const ends = new Set(expected.flatMap((r) => [r.from, r.to]));
        expect([...nodes].sort(), step.id).toEqual([...ends].sort());
        expect(links, step.id).toEqual(expect.arrayContaining(view.reveal ?? []));
      }
    });

    it('sets the window, lanes and highlights of each timeline step', () => {
      for (const step of steps.filter((s) => s.view.chart === 'timeline')) {
        const view = step.view as TimelineView;
        const { attrs, highlightedEvents } = seen(step.id);
        expect(attrs['data-view-from'] ?? '', step.id).toBe(view.from ?? '');
        expect(attrs['data-view-to'] ?? '', step.id).toBe(view.to ?? '');
        expect(attrs['data-view-lanes'] ?? '', step.id).toBe((view.lanes ?? []).join(' '));
        expect([...highlightedEvents].sort(), step.id).toEqual(expect.arrayContaining(view.highlight ?? []));
      }
    });

    if (phone)
      it('slides the tall diagram and timeline to what each step highlights, keeping lane names whole', () => {
        const problems = walk.steps.flatMap((s) =>
          s.chart === 'network'
            ? slideProblems(s.step, s.slide)
            : s.chart === 'timeline'
              ? slideProblems(s.step, s.slide, { lanes: true })
              : [],
        );
        expect(problems).toEqual([]);
        expect(walk.steps.some((s) => s.slide.marks.length > 0)).toBe(true);
      });

    if (phone)
      it('keeps each chart’s title and key in view and docks the stepper, with its count, under the graphic', () => {
        expect(walk.steps.flatMap((s) => s.reading.map((r) => `${s.step} (${s.chart}): ${r}`))).toEqual([]);
      });

    it('keeps the timeline’s dates clear of its key, and the floating stepper off the chart, at every step', () => {
      expect(walk.steps.flatMap((s) => s.covered.map((c) => `${s.step} (${s.chart}): ${c}`))).toEqual([]);
      if (!phone) expect(walk.steps.some((s) => s.chart === 'timeline')).toBe(true);
    });

    it('keeps every prerendered-only part through hydration and every step', () => {
      expect(walk.parts.before.steps).toBe(steps.length);
      expect(walk.parts.before.land).toBeGreaterThan(0);
      expect(walk.parts.after).toEqual(walk.parts.before);
    });

    it('never scrolls sideways', () => {
      expect(walk.overflow).toBeLessThanOrEqual(0);
    });

    it('logs no console error or warning, page error or CSP violation', () => {
      expect(walk.problems).toEqual([]);
    });

    if (axe)
      it(`finds nothing with axe (WCAG 2.2 A/AA) in the graphic and the step, ${axe}`, () => {
        expect(walk.steps.flatMap((s) => s.axe.map((v) => `${s.step} ${v}`))).toEqual([]);
      });

    // (The phone walk asks the same of the same pages as the wide one, with motion.)
    if (!phone) {
      it('talks only to its own host, and stores nothing', () => {
        const foreign = walk.requests.filter(
          (r) => !/^(data|blob):/.test(r) && new URL(r).origin !== origin(),
        );
        expect(walk.requests.length).toBeGreaterThan(1);
        expect(foreign).toEqual([]);
        expect(walk.cookies).toBe(0);
        expect(walk.storage).toEqual(nothingLeft);
      });

      it('links to other hosts with rel="noreferrer"', () => {
        const outside = walk.links.filter(
          (l) => /^https?:/.test(l.href) && new URL(l.href).origin !== origin(),
        );
        expect(outside.length).toBeGreaterThan(0);
        expect(outside.filter((l) => !l.rel.split(/\s+/).includes('noreferrer')).map((l) => l.href)).toEqual(
          [],
        );
      });
    }
  });
}
