// The words on the links: a label's lines (its words wrapped, then its date), and where along its curve
// each label goes, clear of the nodes and of the labels placed before it.
import type { Relationship } from '$lib/data/schema';
// Relative, not $lib: the build-time layout (scripts/prepare-network.ts) loads this with vite.config.ts.
import { formatPartialDate } from '../../ui/format';
import { overlaps, pad, round1 as f, roundBox, type Box } from '../geometry';
import { textWidth, wrapText } from '../text';
import { at, unit, type Route } from './curves';
import type { SceneLink, SceneNode } from './types';

export const linkFont = 11;
export const linkLine = 13;
/** Visible links up to this count all get labels; above it only highlighted and revealed ones do. */
export const labelAll = 14;
/** Link labels wrap at this width: on phones, the width of the space between the columns. */
export const linkLabelWrap = { narrow: 88, wide: 120 };

/** The date as a link's label adds it: none when the label already names the year ("award, 2019"). */
export const linkDate = (rel: Relationship) =>
  rel.date && !rel.label.includes(rel.date.slice(0, 4)) ? formatPartialDate(rel.date) : undefined;

const labelLines = new Map<number, WeakMap<Relationship, string[]>>();

/** A link label's lines: its words wrapped, then its date. Worked out once per relationship and width,
 * because every step's scene asks again for the same ones. */
export function linkLabelLines(rel: Relationship, wrap = linkLabelWrap.wide): string[] {
  let memo = labelLines.get(wrap);
  if (!memo) labelLines.set(wrap, (memo = new WeakMap()));
  let lines = memo.get(rel);
  if (!lines) {
    const words = wrapText(rel.label, wrap, linkFont, 'bold');
    const date = linkDate(rel);
    lines = date ? [...words, date] : words;
    memo.set(rel, lines);
  }
  return lines;
}

/** Greedy: highlighted, then revealed, then other links take the first spot along their curve that
 * collides with no visible node and no label already placed; a link with no free spot goes unlabelled
 * (its card still says everything). */
export function placeLinkLabels(
  links: SceneLink[],
  curves: Map<string, Route>,
  nodes: SceneNode[],
  { width, height, highlight, wrap }: { width: number; height: number; highlight: Set<string>; wrap: number },
) {
  const visible = links.filter((l) => l.visible);
  const all = visible.length <= labelAll;
  const candidates = visible
    .filter((l) => all || l.emphasis === 'focus' || l.reveal >= 0 || highlight.has(l.id))
    .sort(
      (a, b) =>
        Number(b.emphasis === 'focus') - Number(a.emphasis === 'focus') ||
        (a.reveal < 0 ? 1e6 : a.reveal) - (b.reveal < 0 ? 1e6 : b.reveal),
    );
  const taken: Box[] = nodes.filter((n) => n.visible).map((n) => pad(n.box, 2));
  for (const l of candidates) {
    const c = curves.get(l.id)!;
    const lines = linkLabelLines(l.rel, wrap);
    const w = Math.max(...lines.map((s) => textWidth(s, linkFont, 'bold'))) + 6;
    const h = lines.length * linkLine + 4;
    // On the line first, then beside it (links that share a pair further out: the fan makes clear which).
    const [from, to] = [c[0][0], c[c.length - 1][3]];
    const n = unit(-(to.y - from.y), to.x - from.x);
    const sides = l.fan ? [0, 1, -1, 2, -2, 3, -3] : [0, 0.5, -0.5];
    const spots = sides.flatMap((side) =>
      [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85].map((t) => {
        const q = at(c, t);
        const shift = side * (h / 2 + 2);
        return { x: q.x + n.x * shift, y: q.y + n.y * shift };
      }),
    );
    for (const p of spots) {
      const box = roundBox({ x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 });
      if (box.x0 < 1 || box.y0 < 1 || box.x1 > width - 1 || box.y1 > height - 1) continue;
      if (taken.some((b) => overlaps(b, box))) continue;
      l.label = { x: f(p.x), y: f(p.y), lines, box };
      l.anchor = { x: f(p.x), y: f(p.y) };
      taken.push(pad(box, 1));
      break;
    }
  }
}
