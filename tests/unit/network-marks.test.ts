// The pieces link-label placement asks thousands of times a step, checked against the plain way of asking:
// the grid of drawn points answers as a scan of every point does, and `nearest` gives the very number the
// least `distanceTo` is (the placement pads a box by it, so a different last digit could move a label).
import { describe, expect, it } from 'vitest';
import { distanceTo, markGrid } from '$lib/charts/network/marks';
import { nearest, reachOf } from '$lib/charts/network/linkLabels';
import { overlaps, type Box } from '$lib/charts/geometry';

// A seeded generator, so a failure is the same on every run.
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

const rand = random(7);
const marks = Array.from({ length: 6 }, () =>
  Array.from({ length: 80 }, () => ({ x: rand() * 400 - 20, y: rand() * 300 - 20 })),
);
const boxes: Box[] = Array.from({ length: 400 }, () => {
  const x = rand() * 460 - 40;
  const y = rand() * 360 - 40;
  return { x0: x, y0: y, x1: x + rand() * 60, y1: y + rand() * 40 };
});

describe('markGrid', () => {
  const grid = markGrid(marks);
  const scan = (b: Box, except = -1) =>
    marks.some(
      (points, k) => k !== except && points.some((p) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1),
    );

  it('finds a point in a box as a scan of every point does, with and without a mark left out', () => {
    let hit = 0;
    for (const b of boxes)
      for (const except of [-1, 0, 3]) {
        expect(grid.hits(b, except)).toBe(scan(b, except));
        if (scan(b, except)) hit++;
      }
    expect(hit, 'some boxes hold points and some do not').toBeGreaterThan(0);
    expect(hit).toBeLessThan(boxes.length * 3);
  });

  it('does not count a point on a box edge, nor a box beyond every point', () => {
    const g = markGrid([[{ x: 24, y: 36 }]]);
    expect(g.hits({ x0: 24, y0: 30, x1: 30, y1: 40 })).toBe(false);
    expect(g.hits({ x0: 23.9, y0: 30, x1: 30, y1: 40 })).toBe(true);
    expect(g.hits({ x0: 500, y0: 500, x1: 600, y1: 600 })).toBe(false);
    expect(markGrid([]).hits({ x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(false);
  });
});

describe('nearest', () => {
  it('is the least distanceTo, to the last digit', () => {
    for (const b of boxes)
      for (const points of marks)
        expect(nearest(points, b)).toBe(Math.min(...points.map((p) => distanceTo(p, b))));
  });

  it('is 0 for a point inside, Infinity for no points, NaN for a point with no number', () => {
    expect(
      nearest(
        [
          { x: 5, y: 5 },
          { x: 50, y: 5 },
        ],
        { x0: 0, y0: 0, x1: 10, y1: 10 },
      ),
    ).toBe(0);
    expect(nearest([], { x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(Infinity);
    expect(
      nearest(
        [
          { x: NaN, y: 5 },
          { x: 50, y: 5 },
        ],
        { x0: 0, y0: 0, x1: 10, y1: 10 },
      ),
    ).toBeNaN();
  });
});

describe('reachOf', () => {
  it('holds the box of a label at every spot, so a box clear of it is clear of them all', () => {
    const spots = Array.from({ length: 200 }, () => rand() * 300);
    const [w, h] = [57.3, 30];
    const reach = reachOf(spots, w, h);
    for (let k = 0; k < spots.length; k += 2) {
      const box = {
        x0: spots[k] - w / 2,
        y0: spots[k + 1] - h / 2,
        x1: spots[k] + w / 2,
        y1: spots[k + 1] + h / 2,
      };
      expect(box.x0 >= reach.x0 && box.y0 >= reach.y0 && box.x1 <= reach.x1 && box.y1 <= reach.y1).toBe(true);
    }
    for (const b of boxes)
      if (!overlaps(b, reach))
        for (let k = 0; k < spots.length; k += 2)
          expect(
            overlaps(b, {
              x0: spots[k] - w / 2,
              y0: spots[k + 1] - h / 2,
              x1: spots[k] + w / 2,
              y1: spots[k + 1] + h / 2,
            }),
          ).toBe(false);
  });

  it('passes over an edge with no number', () => {
    expect(reachOf([10, 10, NaN, 50], 4, 2)).toEqual({ x0: 8, y0: 9, x1: 12, y1: 51 });
  });
});
