import { describe, expect, it } from 'vitest';
import { panOffset } from '$lib/story/pan';

const H = { top: 150, bottom: 274 };

describe('panning a tall chart to what the step is about', () => {
  it.each([
    ['a chart that fits never moves', 400, 500, { top: 300, bottom: 350 }, 0],
    ['nothing to focus on: stay at the top', 2000, 400, null, 0],
    ['a small focus is centred in the window', 2000, 400, { top: 1000, bottom: 1100 }, 850],
    ['a focus near the top cannot pull the chart down', 2000, 400, { top: 50, bottom: 100 }, 0],
    ['a focus near the end stops at the chart bottom', 2000, 400, { top: 1950, bottom: 1990 }, 1600],
    ['a focus taller than the window starts at its top', 2000, 400, { top: 600, bottom: 1500 }, 584],
    // The phone timeline under its key: the lane names take 124 px from 150 down; its marks start under them.
    ['a slide into the head starts at the head', 2000, 400, { top: 265, bottom: 1100, head: H }, 150],
    ['so does a centred focus that still fits below it', 2000, 400, { top: 290, bottom: 450, head: H }, 150],
    [
      'a focus that would not fit below the head slides past it whole',
      2000,
      400,
      { top: 310, bottom: 610, head: H },
      274,
    ],
    [
      'a focus whose start would leave the window cuts it',
      2000,
      400,
      { top: 545, bottom: 1200, head: { top: 150, bottom: 600 } },
      529,
    ],
    [
      'past the head whole even where the chart ends sooner',
      600,
      400,
      { top: 280, bottom: 560, head: H },
      274,
    ],
    ['a slide above the head leaves it whole', 2000, 400, { top: 100, bottom: 1500, head: H }, 84],
    ['a slide past the head goes on as before', 2000, 400, { top: 600, bottom: 1500, head: H }, 584],
  ])('%s', (_, height, visible, focus, expected) => expect(panOffset(height, visible, focus)).toBe(expected));
});
