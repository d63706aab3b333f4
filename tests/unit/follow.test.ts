// What a block's chart is given while it follows a step (src/lib/story/islands/follow.svelte.ts): a map
// first gets its next view with the region and the claim of the view before, then the whole view; every
// other chart gets the next view at once.
import { describe, expect, it } from 'vitest';
import { staged } from '$lib/story/islands/follow.svelte';
import type { View } from '$lib/data/schema';

const map = (v: Omit<Extract<View, { chart: 'map' }>, 'chart'> = {}): View => ({ chart: 'map', ...v });

describe('a step change reaching a chart', () => {
  it('keeps a map’s region and hidden claim while the rest of its next view is drawn', () => {
    const before = map({ region: 'world' });
    const next = map({ region: 'middle-east', highlight: ['IRN'], showClaim: true });
    expect(staged(next, before, false)).toEqual({
      chart: 'map',
      region: 'world',
      highlight: ['IRN'],
      showClaim: false,
    });
    // Once the first stage has been drawn, the whole view.
    expect(staged(next, next, false)).toBe(next);
  });

  it('cuts to a new region at once with reduced motion, but still shows the claim a paint later', () => {
    const before = map();
    const next = map({ region: 'asia', showClaim: true });
    expect(staged(next, before, true)).toEqual({ chart: 'map', region: 'asia', showClaim: false });
  });

  it('hides the claim at once, and gives the next view itself when nothing waits', () => {
    const next = map({ region: 'asia', highlight: ['CHN'] });
    expect(staged(next, map({ region: 'asia', showClaim: true }), false)).toBe(next);
    // A missing region is the world.
    const world = map({ highlight: ['GBR'] });
    expect(staged(world, map({ region: 'world' }), false)).toBe(world);
  });

  it('gives the diagram and the timeline their next view at once', () => {
    const network: View = { chart: 'network', highlight: ['tiandy'] };
    const timeline: View = { chart: 'timeline', from: '2020-01' };
    expect(staged(network, { chart: 'network' }, false)).toBe(network);
    expect(staged(timeline, { chart: 'timeline' }, false)).toBe(timeline);
  });
});
