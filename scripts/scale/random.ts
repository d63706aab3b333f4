// The scale dataset's one random stream (d3-random's randomLcg) and the draws made from it. Every generator
// takes from the same stream, so the order they run in is part of the data: the same seed gives the same
// files only while that order holds (scripts/scale-data.ts runs them).
import { randomLcg } from 'd3-random';
import type { Status } from '../../src/lib/data/schema.ts';

export function seeded(seed: number) {
  const random = randomLcg(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  const some = <T>(xs: readonly T[], n: number) => {
    const pool = [...xs];
    return Array.from({ length: Math.min(n, pool.length) }, () => pool.splice(int(pool.length), 1)[0]);
  };
  const weighted = (): Status =>
    pick(['confirmed', 'confirmed', 'claimed', 'claimed', 'single-source', 'denied']);
  /** A year, a month or a day between `from` and `to`, as the data's partial dates are written. */
  const date = (from = 1994, to = 2024) => {
    const y = from + int(to - from + 1);
    const p = int(3);
    const m = String(1 + int(12)).padStart(2, '0');
    const d = String(1 + int(28)).padStart(2, '0');
    return p === 0 ? `${y}` : p === 1 ? `${y}-${m}` : `${y}-${m}-${d}`;
  };
  return { int, pick, some, weighted, date };
}

export type Seeded = ReturnType<typeof seeded>;

/** An id from a name: no accents, lower case, dashes between words. */
export const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
