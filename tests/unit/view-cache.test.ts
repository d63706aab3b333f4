import { describe, expect, it, vi } from 'vitest';
import { cachedPerView } from '$lib/charts/viewCache';
import { eachWhenIdle } from '$lib/schedule';

describe('working out views ahead', () => {
  it('returns the first result for the same data, an equal view and the same width', () => {
    const compute = vi.fn((d: [number[]], v: { from?: string }, w: number) => ({ n: d[0].length, v, w }));
    const get = cachedPerView(compute);
    const data: [number[]] = [[1, 2, 3]];
    const first = get(data, { from: '2022' }, 360);
    expect(get(data, { from: '2022' }, 360)).toBe(first);
    expect(get([data[0]], { from: '2022' }, 360), 'equal data arrays, same objects').toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(get(data, { from: '2023' }, 360)).not.toBe(first);
    expect(get(data, { from: '2022' }, 390)).not.toBe(first);
    // New data (an edited file) is worked out afresh.
    expect(get([[1, 2, 3]], { from: '2022' }, 360)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('runs each task in an idle period of its own, in order, and stops when asked', () => {
    const queue: (() => void)[] = [];
    const idle = (run: () => void) => {
      queue.push(run);
      return () => queue.splice(queue.indexOf(run), 1);
    };
    const done: number[] = [];
    const stop = eachWhenIdle(
      [1, 2, 3].map((n) => () => done.push(n)),
      idle,
    );
    expect(done).toEqual([]);
    queue.shift()!();
    expect(done).toEqual([1]);
    expect(queue).toHaveLength(1);
    stop();
    expect(queue).toHaveLength(0);
    expect(done).toEqual([1]);
  });
});
