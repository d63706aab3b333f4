// Label placement without a browser: widths are estimated from per-character advances (erring wide,
// tuned on DejaVu Sans, the widest common fallback for system-ui), then labels are packed into rows
// (horizontal timeline) or dodged along one column (vertical timeline). Both are deterministic.

const narrow = new Set([..."ijlI.,:;'!|` "]);
const semi = new Set([...'frt()[]-/"']);
const wide = new Set([...'mwMW@%']);

/** The estimated advance of one character, in em. */
function advance(ch: string): number {
  if (narrow.has(ch)) return 0.32;
  if (semi.has(ch)) return 0.42;
  if (wide.has(ch)) return 0.98;
  if (ch >= 'A' && ch <= 'Z') return 0.74;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch === '–') return 0.5;
  if (ch === '—') return 1;
  return 0.62;
}

/** `em` plus the advances of `text`, added left to right. */
function addEms(em: number, text: string): number {
  for (const ch of text) em += advance(ch);
  return em;
}

const toPixels = (em: number, fontSize: number) => Math.ceil(em * fontSize * 1.04);

/** Estimated advance width of a string in pixels at a font size, rounded up. */
export function textWidth(text: string, fontSize: number): number {
  return toPixels(addEms(0, text), fontSize);
}

/** Greedy word wrap to `maxWidth`; a single word longer than the line keeps a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let em = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) {
      line = word;
      em = addEms(0, word);
      continue;
    }
    // The line's width grows word by word (the same sum, in the same order, as measuring it whole):
    // re-measuring every candidate line from its start made wrapping a title quadratic.
    const next = addEms(addEms(em, ' '), word);
    if (toPixels(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
      em = addEms(0, word);
    } else {
      line = `${line} ${word}`;
      em = next;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

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

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes that overlap by more than `tolerance` pixels in both directions (for tests). */
export function overlappingPairs<T extends Box & { id: string }>(
  boxes: T[],
  tolerance = 0.5,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > tolerance && dy > tolerance) pairs.push([a.id, b.id]);
    }
  return pairs;
}
