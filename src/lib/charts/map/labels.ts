// Deterministic label placement in screen pixels: each label tries four sides of its point in turn, then
// its four corners (ending or starting above or below it), and is hidden when every one would overlap a label already placed, a point, the edge of the map, or ground the
// caller rules out (the map: land of a country far from the place, see ground.ts).
import { overlaps, type Box } from '../geometry';
import { textWidth } from '../text';

export interface LabelInput {
  id: string;
  text: string;
  /** Point in screen pixels. */
  x: number;
  y: number;
  /** The country the point is in, for `clear`. */
  home?: string;
}

export type LabelSide =
  'right' | 'left' | 'above' | 'below' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

/** Where the text is anchored at (dx, dy): its start, middle or end. */
export const labelAnchor = (side: LabelSide): 'start' | 'middle' | 'end' =>
  side === 'above' || side === 'below' ? 'middle' : side.endsWith('left') ? 'end' : 'start';

export interface PlacedLabel extends LabelInput {
  side: LabelSide;
  /** Text anchor position relative to the point, in pixels. */
  dx: number;
  dy: number;
  visible: boolean;
}

/**
 * Places labels in priority order (first = most important). `width`/`height` bound the visible map;
 * `radius` keeps labels clear of every point, including points whose label is hidden.
 */
export function placeLabels(
  labels: LabelInput[],
  {
    width,
    height,
    fontSize = 12,
    radius = 6,
    clear = () => true,
  }: {
    width: number;
    height: number;
    fontSize?: number;
    radius?: number;
    /** Whether a side's box may be used for the label, beyond the room it needs. */
    clear?: (label: LabelInput, box: Box) => boolean;
  },
): PlacedLabel[] {
  const taken: Box[] = labels.map((l) => ({
    x0: l.x - radius,
    y0: l.y - radius,
    x1: l.x + radius,
    y1: l.y + radius,
  }));
  const gap = radius + 2;
  return labels.map((l) => {
    // The labels are semibold: measured bold, erring wide.
    const w = textWidth(l.text, fontSize, 'bold');
    const h = fontSize + 2;
    const inside = l.x >= 0 && l.x <= width && l.y >= 0 && l.y <= height;
    const sides: [LabelSide, number, number, Box][] = [
      ['right', gap, 0, { x0: l.x + gap, x1: l.x + gap + w, y0: l.y - h / 2, y1: l.y + h / 2 }],
      ['left', -gap, 0, { x0: l.x - gap - w, x1: l.x - gap, y0: l.y - h / 2, y1: l.y + h / 2 }],
      ['above', 0, -gap - h / 2, { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - gap - h, y1: l.y - gap }],
      ['below', 0, gap + h / 2, { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y + gap, y1: l.y + gap + h }],
      // The corners: what a long label needs at world scale, where a side would reach a far country.
      ['above-left', 0, -gap - h / 2, { x0: l.x - w, x1: l.x, y0: l.y - gap - h, y1: l.y - gap }],
      ['above-right', 0, -gap - h / 2, { x0: l.x, x1: l.x + w, y0: l.y - gap - h, y1: l.y - gap }],
      ['below-left', 0, gap + h / 2, { x0: l.x - w, x1: l.x, y0: l.y + gap, y1: l.y + gap + h }],
      ['below-right', 0, gap + h / 2, { x0: l.x, x1: l.x + w, y0: l.y + gap, y1: l.y + gap + h }],
    ];
    const own = taken[labels.indexOf(l)];
    for (const [side, dx, dy, box] of sides) {
      const inBounds = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
      if (inside && inBounds && !taken.some((t) => t !== own && overlaps(t, box)) && clear(l, box)) {
        taken.push(box);
        return { ...l, side, dx, dy, visible: true };
      }
    }
    return { ...l, side: 'right', dx: gap, dy: 0, visible: false };
  });
}
