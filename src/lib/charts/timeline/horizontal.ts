// The timeline on wide screens: time across, lanes as bands, each event's label on one line beside its mark,
// packed into as few rows of its lane as keep the labels apart.
import type { Lane } from '$lib/data/schema';
import type { TimeWindow } from './dates';
import { laneLabel } from './lanes';
import { packRows } from './labels';
import { textWidth } from '../text';
import type { PlacedEvent, PlacedLane, TimelineLayout } from './types';
import { focusOf, markExtent, type Base } from './marks';
import { compressedInfo, segmentTicks, timeSegments } from './scale';

export const H = {
  margin: 12,
  axis: 44,
  laneHead: 20,
  row: 24,
  laneGap: 8,
  font: 12,
  gap: 12,
  dot: 5,
  bottom: 8,
} as const;

export function layoutHorizontal(
  base: Base[],
  lanes: Lane[],
  window: TimeWindow,
  width: number,
): TimelineLayout {
  const r0 = H.margin;
  const r1 = width - H.margin;
  const segments = timeSegments(window, [r0, r1], {
    compressedLength: Math.round(Math.min(150, Math.max(96, width * 0.1))),
    gap: 14,
  });
  const placed = base.map((b) => {
    const { a, b: e } = markExtent(b, segments);
    const left = b.point ? a - H.dot : a;
    const right = b.point ? a + H.dot : e;
    const lines = [b.event.title];
    // Whole pixels, rounded up: the markup stays short and the label errs wide.
    const w = Math.ceil(textWidth(b.event.title, H.font));
    // The label follows the mark; near the right edge it goes before it. Failing both, it lies on the
    // mark's line: for a day somewhere in a period, where it covers the least of the line without covering
    // the dot (beside the dot first, then at either edge); else at the right edge.
    let lx = right + 5;
    if (lx + w > r1) lx = left - 5 - w;
    if (lx < r0) {
      lx = Math.max(r0, r1 - w);
      if (!b.point && !b.span.ranged) {
        const dot = (a + e) / 2;
        const covered = (x: number) => Math.max(0, Math.min(x + w, right) - Math.max(x, left));
        const places = [dot + H.dot + 5, dot - H.dot - 5 - w, r1 - w, r0].filter(
          (x) => x >= r0 && x + w <= r1 && (x >= dot + H.dot + 3 || x + w <= dot - H.dot - 3),
        );
        for (const x of places) if (x === places[0] || covered(x) < covered(lx)) lx = x;
      }
    }
    return { b, a, e, left, right, lx, w, lines };
  });
  let y = H.axis;
  const placedLanes: PlacedLane[] = [];
  const rowOf = new Map<string, { row: number; laneY: number }>();
  for (const lane of lanes) {
    const inLane = placed.filter((p) => p.b.visible && p.b.event.lane === lane);
    const { rows, count } = packRows(
      inLane.map((p) => ({
        id: p.b.event.id,
        x0: Math.min(p.left, p.lx),
        x1: Math.max(p.right, p.lx + p.w),
      })),
      H.gap,
    );
    for (const p of inLane) rowOf.set(p.b.event.id, { row: rows.get(p.b.event.id)!, laneY: y });
    const height = H.laneHead + Math.max(1, count) * H.row;
    placedLanes.push({ lane, label: laneLabel[lane], y, height, x: r0 });
    y += height + H.laneGap;
  }
  const events: PlacedEvent[] = placed.map(({ b, a, e, left, right, lx, w, lines }) => {
    const at = rowOf.get(b.event.id);
    const laneY = at?.laneY ?? placedLanes.find((l) => l.lane === b.event.lane)?.y ?? H.axis;
    const ay = laneY + H.laneHead + (at?.row ?? 0) * H.row + H.row / 2;
    const labelH = Math.round(H.font * 1.3);
    // A label on its own mark's line is drawn on a ground of paper, so the line does not strike it out.
    const onMark = lx < right && lx + w > left;
    const label = { x: lx - a, y: -labelH / 2, width: w, height: labelH, lines, ...(onMark && { onMark }) };
    const x0 = Math.min(left, lx);
    const x1 = Math.max(right, lx + w);
    return {
      ...b,
      ax: a,
      ay,
      length: b.point ? 0 : e - a,
      label,
      hit: { x: x0 - a - 2, y: -H.row / 2, width: x1 - x0 + 4, height: H.row },
      box: { x: lx, y: ay + label.y, width: w, height: labelH },
      card: { x: left, y: ay + H.row / 2 + 2 },
    };
  });
  return {
    orientation: 'horizontal',
    focus: focusOf(events, 'horizontal'),
    width,
    height: Math.max(y - H.laneGap + H.bottom, H.axis + H.row * 2),
    window,
    segments,
    ticks: segmentTicks(segments, 64),
    lanes: placedLanes,
    compressed: compressedInfo(segments),
    axis: { r0, r1 },
    events,
  };
}
