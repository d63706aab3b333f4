// The words on the links: a label's lines (its words wrapped, then its date), and where along its curve
// each label goes: beside its curve, clear of every drawn line and mark, the nodes and the labels placed
// before it.
import type { Relationship } from '$lib/data/schema';
// Relative, not $lib: the build-time layout (scripts/prepare-network.ts) loads this with vite.config.ts.
import { edition } from '../../editions/current.ts';
import { formatDate, formatNumber } from '../../editions/dates.ts';
import { overlaps, pad, round1 as f, roundBox, type Box } from '../geometry';
import { textWidth, wrapText } from '../text';
import { at, unit, type Point, type Route } from './curves';
import { markGrid, nearestDistance, samplePolyline, sampleRoute } from './marks';
import type { LinkLabel, SceneLink, SceneNode } from './types';

export const linkFont = 11;
export const linkLine = 13;
/** Visible links up to this count all get labels; above it only highlighted and revealed ones do. */
export const labelAll = 14;
/** Link labels wrap at this width at least: on phones, the width of the space between the columns; and
 * at most `widest`, where the centre has more room beside it (scene.ts). */
export const linkLabelWrap = { narrow: 88, wide: 120, widest: 160 };

/** The date as a link's label adds it, in the edition's calendar and digits: none when the label already
 * names the year ("award, 2019", «جایزهٔ نوآوری، ۲۰۱۹»). */
export function linkDate(rel: Relationship): string | undefined {
  if (!rel.date) return undefined;
  const year = rel.date.slice(0, 4);
  if (rel.label.includes(year) || rel.label.includes(formatNumber(Number(year), edition))) return undefined;
  return formatDate(rel.date, edition);
}

/** A link label's text: its words wrapped, and its date, after the last line when it fits there, else
 * on a line of its own; and how wide it is. */
export interface LabelText {
  lines: string[];
  date?: string;
  dateInline: boolean;
  width: number;
}
/** What goes between the words and a date on the same line. */
export const dateJoin = ' · ';

const labelTexts = new Map<number, WeakMap<Relationship, LabelText>>();

/** A link label's text at a wrap width. Worked out once per relationship and width, because every
 * step's scene asks again for the same ones. */
export function linkLabelText(rel: Relationship, wrap = linkLabelWrap.wide): LabelText {
  let memo = labelTexts.get(wrap);
  if (!memo) labelTexts.set(wrap, (memo = new WeakMap()));
  let text = memo.get(rel);
  if (!text) {
    const lines = wrapText(rel.label, wrap, linkFont, 'bold');
    const widths = lines.map((s) => textWidth(s, linkFont, 'bold'));
    const date = linkDate(rel);
    const tail = date ? widths[widths.length - 1] + textWidth(dateJoin + date, linkFont) : 0;
    // A date may run a little past the wrap: a line fewer is worth more between crowded links.
    const dateInline = !!date && tail <= Math.max(wrap, ...widths) * 1.15;
    const width = Math.max(...widths, date ? (dateInline ? tail : textWidth(date, linkFont)) : 0);
    text = { lines, date, dateInline, width };
    memo.set(rel, text);
  }
  return text;
}

/** A link label's lines as read: its words, then its date. */
export function linkLabelLines(rel: Relationship, wrap = linkLabelWrap.wide): string[] {
  const { lines, date, dateInline } = linkLabelText(rel, wrap);
  if (!date) return lines;
  return dateInline ? [...lines.slice(0, -1), lines[lines.length - 1] + dateJoin + date] : [...lines, date];
}

/** How far past the least clearance (px) a label may move away from its line, in steps. */
const nearer = [0, 5, 10, 16, 24];
/** Along the curve, from its middle outwards. */
const along = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];

/** How many times the labels are placed again, the highlighted links left without one going first. */
const retries = 6;

/** Highlighted, then revealed, then other links take the first spot beside their curve, as near to it as
 * it can be, that covers no drawn line, arrowhead or cross (its own line included: a label never hides
 * the link it names), no visible node and no label already placed; a link with no free spot goes
 * unlabelled (its card still says everything). A highlighted link left without a label is placed first
 * in another round (a neighbour's label may have taken the only room beside it): the round that labels
 * the most highlighted links, then the most links, wins. */
export function placeLinkLabels(
  links: SceneLink[],
  shapes: Map<string, { curve: Route; marks: Point[][] }>,
  nodes: SceneNode[],
  { width, height, highlight, wrap }: { width: number; height: number; highlight: Set<string>; wrap: number },
) {
  const visible = links.filter((l) => l.visible);
  const all = visible.length <= labelAll;
  const focus = (l: SceneLink) => l.emphasis === 'focus';
  let order = visible
    .filter((l) => all || focus(l) || l.reveal >= 0 || highlight.has(l.id))
    .sort(
      (a, b) =>
        Number(focus(b)) - Number(focus(a)) ||
        (a.reveal < 0 ? 1e6 : a.reveal) - (b.reveal < 0 ? 1e6 : b.reveal),
    );
  if (!order.length) return;
  const points = visible.map((l) => {
    const s = shapes.get(l.id)!;
    return [...sampleRoute(s.curve), ...s.marks.flatMap(samplePolyline)];
  });
  const drawn = markGrid(points);
  const nodeBoxes: Box[] = nodes.filter((n) => n.visible).map((n) => pad(n.box, 2));
  // Wrapped at the scene's width first, then narrower (taller) where a wide label finds no room.
  const wraps = [...new Set([wrap, 110, linkLabelWrap.narrow].filter((w) => w <= wrap))];

  const round = (candidates: SceneLink[]) => {
    const placed = new Map<SceneLink, LinkLabel>();
    const taken = [...nodeBoxes];
    for (const l of candidates) {
      const c = shapes.get(l.id)!.curve;
      const mine = visible.indexOf(l);
      // Last, the words without the date (the link's card still gives it): better than no label.
      const texts = [...wraps.map((w) => linkLabelText(l.rel, w)), dateless(linkLabelText(l.rel, wrap))];
      for (const text of texts) {
        const w = text.width + 6;
        const h = (text.lines.length + (text.date && !text.dateInline ? 1 : 0)) * linkLine + 4;
        let spot: Point | undefined;
        for (const p of spots(c, w, h)) {
          const box = { x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 };
          if (box.x0 < 1 || box.y0 < 1 || box.x1 > width - 1 || box.y1 > height - 1) continue;
          // A stroke's half width, and a pixel more, between the label's box and any line.
          if (taken.some((b) => overlaps(b, box)) || drawn.hits(pad(box, 2.5))) continue;
          // Its own link the nearest line to it, so the label reads as that link's.
          if (drawn.hits(pad(box, nearestDistance(points[mine], box) + 1), mine)) continue;
          spot = p;
          break;
        }
        if (!spot) continue;
        const box = roundBox({
          x0: spot.x - w / 2,
          y0: spot.y - h / 2,
          x1: spot.x + w / 2,
          y1: spot.y + h / 2,
        });
        const { lines, date, dateInline } = text;
        placed.set(l, { x: f(spot.x), y: f(spot.y), lines, date, dateInline, box });
        taken.push(pad(box, 1));
        break;
      }
    }
    return placed;
  };
  const score = (placed: Map<SceneLink, LinkLabel>) =>
    [...placed.keys()].filter(focus).length * 1000 + placed.size;

  let best = round(order);
  for (let i = 0; i < retries; i++) {
    const missed = order.filter((l) => focus(l) && !best.has(l));
    if (!missed.length) break;
    order = [...missed, ...order.filter((l) => !missed.includes(l))];
    const next = round(order);
    if (score(next) > score(best)) best = next;
  }
  for (const [l, label] of best) {
    l.label = label;
    l.anchor = { x: label.x, y: label.y };
  }
}

function dateless(text: LabelText): LabelText {
  const width = Math.max(...text.lines.map((s) => textWidth(s, linkFont, 'bold')));
  return { lines: text.lines, dateInline: false, width };
}

/** The points and normals of a curve at each of `along`, worked out once per curve: every label size and
 * round of a scene looks along the same curves. */
const frames = new WeakMap<Route, { q: Point; n: Point }[]>();
function framesOf(c: Route) {
  let out = frames.get(c);
  if (!out) {
    out = along.map((t) => {
      const a = at(c, Math.max(0, t - 0.02));
      const b = at(c, Math.min(1, t + 0.02));
      return { q: at(c, t), n: unit(-(b.y - a.y), b.x - a.x) };
    });
    frames.set(c, out);
  }
  return out;
}

/** Where a w × h label may go beside a curve, best first: nearest to it, then nearest its middle; each
 * spot just clear of the curve's tangent there, on either side, straight out from it, or above or below
 * it, or to its left or right (a wide label beside a steep link). Made as they are asked for: the first
 * free one ends the search. */
function* spots(c: Route, w: number, h: number): Generator<Point> {
  for (const more of nearer)
    for (const { q, n } of framesOf(c)) {
      // How far the box's centre must be from the line for the box to clear it.
      const clear = (Math.abs(n.x) * w) / 2 + (Math.abs(n.y) * h) / 2 + 4 + more;
      for (const side of [1, -1]) {
        // Straight out from the curve, or slid along it by a third of the label's width either way.
        for (const slide of [0, w / 3, -w / 3])
          yield { x: q.x + n.x * clear * side + n.y * slide, y: q.y + n.y * clear * side - n.x * slide };
        if (Math.abs(n.y) > 0.6) yield { x: q.x, y: q.y + (clear / Math.abs(n.y)) * side };
        if (Math.abs(n.x) > 0.6) yield { x: q.x + (clear / Math.abs(n.x)) * side, y: q.y };
      }
    }
}
