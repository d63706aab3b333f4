// Label placement without a browser (widths from ../text.ts): labels are packed into rows (horizontal
// timeline) or dodged along one column (vertical timeline). Both are deterministic.
import { boxOf, overlaps, type Rect } from '../geometry';

export interface Interval {
  id: string;
  x0: number;
  x1: number;
}

/**
 * Assigns each interval, in the order given, to the first row where it clears the previous
 * occupant by `gap` pixels. Returns row numbers by id and the number of rows used.
 */
export function packRows(items: Interval[], gap: number): { rows: Map<string, number>; count: number } {
  const ends: number[] = [];
  const rows = new Map<string, number>();
  for (const item of items) {
    let row = ends.findIndex((end) => end + gap <= item.x0);
    if (row === -1) row = ends.length;
    ends[row] = item.x1;
    rows.set(item.id, row);
  }
  return { rows, count: ends.length };
}

export interface DodgeItem {
  id: string;
  /** Where the label would like its top edge to be. */
  target: number;
  height: number;
}

/**
 * Places labels along one axis in the given order, as close to their targets as they can be without
 * overlapping: pushed down past earlier labels, then pulled back up if they run past `max`.
 */
export function dodge(items: DodgeItem[], { min, max, gap }: { min: number; max: number; gap: number }) {
  const tops = items.map((d) => Math.max(min, d.target));
  for (let i = 1; i < items.length; i++) tops[i] = Math.max(tops[i], tops[i - 1] + items[i - 1].height + gap);
  const n = items.length;
  if (n && tops[n - 1] + items[n - 1].height > max) {
    tops[n - 1] = Math.max(min, max - items[n - 1].height);
    for (let i = n - 2; i >= 0; i--) tops[i] = Math.min(tops[i], tops[i + 1] - items[i].height - gap);
    // When everything does not fit, the top wins and the column runs past max; overlap never does.
    for (let i = 0; i < n; i++)
      tops[i] = Math.max(tops[i], i ? tops[i - 1] + items[i - 1].height + gap : min);
  }
  return new Map(items.map((d, i) => [d.id, tops[i]]));
}

/** Pairs of boxes that overlap by more than `tolerance` pixels in both directions (for tests). */
export function overlappingPairs<T extends Rect & { id: string }>(
  boxes: T[],
  tolerance = 0.5,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxOf(boxes[i]), boxOf(boxes[j]), tolerance)) pairs.push([boxes[i].id, boxes[j].id]);
  return pairs;
}
