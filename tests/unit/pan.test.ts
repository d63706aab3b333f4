import { describe, expect, it } from 'vitest';
import { panOffset } from '$lib/story/pan';

describe('panning a tall chart to what the step is about', () => {
  it.each([
    ['a chart that fits never moves', 400, 500, { top: 300, bottom: 350 }, 0],
    ['nothing to focus on: stay at the top', 2000, 400, null, 0],
    ['a small focus is centred in the window', 2000, 400, { top: 1000, bottom: 1100 }, 850],
    ['a focus near the top cannot pull the chart down', 2000, 400, { top: 50, bottom: 100 }, 0],
    ['a focus near the end stops at the chart bottom', 2000, 400, { top: 1950, bottom: 1990 }, 1600],
    ['a focus taller than the window starts at its top', 2000, 400, { top: 600, bottom: 1500 }, 584],
  ])('%s', (_, height, visible, focus, expected) => expect(panOffset(height, visible, focus)).toBe(expected));
});
