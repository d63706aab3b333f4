import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data';
import { allSteps, groupSteps, stepFromHash, viewFor } from '$lib/data/steps';
import { indexAtLine } from '$lib/story/activeStep';
import { sourceGroups } from '$lib/story/sourceGroups';
import { citedIds } from '$lib/data/markup';

const story = dataset.story;

describe('scrolly blocks', () => {
  const blocks = groupSteps(story);
  it('keeps every step once, in reading order', () => {
    expect(blocks.flatMap((b) => b.steps.map((e) => e.step.id))).toEqual(allSteps(story).map((s) => s.id));
  });
  it('puts consecutive steps of one chart in one block, and changes block when the chart changes', () => {
    for (const b of blocks)
      expect(new Set(b.steps.map((e) => e.step.view.chart))).toEqual(new Set([b.chart]));
    blocks.slice(1).forEach((b, i) => expect(b.chart).not.toBe(blocks[i].chart));
  });
  it('marks the first step of each section, so its heading is drawn once', () => {
    const opened = blocks.flatMap((b) => b.steps.filter((e) => e.opensSection).map((e) => e.section.id));
    expect(opened).toEqual(story.sections.map((s) => s.id));
  });
  it('gives each step of a block its own view, clamping out-of-range indexes', () => {
    const b = blocks[0];
    b.steps.forEach((e, i) => expect(viewFor(b, i)).toBe(e.step.view));
    expect(viewFor(b, -3)).toBe(b.steps[0].step.view);
    expect(viewFor(b, 999)).toBe(b.steps.at(-1)!.step.view);
  });
});

describe('active step from positions', () => {
  it.each([
    ['before the first step reaches the line', [500, 1400, 2300], 0],
    ['the first step across the line', [300, 1200, 2100], 0],
    ['the second step across the line', [-700, 200, 1100], 1],
    ['a fast flick past everything', [-5000, -4100, -3200], 2],
  ])('%s', (_, tops, expected) => expect(indexAtLine(tops, 800, 0.6)).toBe(expected));
});

describe('deep links', () => {
  const steps = allSteps(story);
  it('finds the step a hash names and ignores unknown ones', () => {
    const some = steps[Math.min(3, steps.length - 1)];
    expect(stepFromHash(`#${some.id}`, steps)).toBe(some);
    expect(stepFromHash('#no-such-step', steps)).toBeUndefined();
    expect(stepFromHash('', steps)).toBeUndefined();
  });
});

describe('source groups', () => {
  const groups = sourceGroups(dataset);
  it('lists every source exactly once', () => {
    const ids = groups.flatMap((g) => g.sources.map((s) => s.id));
    expect(ids.sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });
  it('puts a cited source under the first section that cites it', () => {
    const first = story.sections.find((s) => s.steps.some((st) => citedIds(st.text).length));
    const cited = citedIds(first!.steps.find((st) => citedIds(st.text).length)!.text)[0];
    const group = groups.find((g) => g.sources.some((s) => s.id === cited));
    expect(group?.id).toBe(first!.id);
  });
});
