// Deterministic label placement in screen pixels: each label tries four sides of its point in turn and is
// hidden when every side would overlap a label already placed, a point, or the edge of the map.

export interface LabelInput {
  id: string;
  text: string;
  /** Point in screen pixels. */
  x: number;
  y: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel extends LabelInput {
  side: LabelSide;
  /** Text anchor position relative to the point, in pixels. */
  dx: number;
  dy: number;
  visible: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Approximate text width; the map's semibold label font averages up to about 0.64 em per character
 * (0.58 let "Singapore" run off the map's edge at 360 px). */
export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.64);

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
  }: { width: number; height: number; fontSize?: number; radius?: number },
): PlacedLabel[] {
  const taken: Box[] = labels.map((l) => ({
    x0: l.x - radius,
    y0: l.y - radius,
    x1: l.x + radius,
    y1: l.y + radius,
  }));
  const gap = radius + 2;
  return labels.map((l) => {
    const w = textWidth(l.text, fontSize);
    const h = fontSize + 2;
    const inside = l.x >= 0 && l.x <= width && l.y >= 0 && l.y <= height;
    const sides: [LabelSide, number, number, Box][] = [
      ['right', gap, 0, { x0: l.x + gap, x1: l.x + gap + w, y0: l.y - h / 2, y1: l.y + h / 2 }],
      ['left', -gap, 0, { x0: l.x - gap - w, x1: l.x - gap, y0: l.y - h / 2, y1: l.y + h / 2 }],
      ['above', 0, -gap - h / 2, { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - gap - h, y1: l.y - gap }],
      ['below', 0, gap + h / 2, { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y + gap, y1: l.y + gap + h }],
    ];
    const own = taken[labels.indexOf(l)];
    for (const [side, dx, dy, box] of sides) {
      const inBounds = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
      if (inside && inBounds && !taken.some((t) => t !== own && overlaps(t, box))) {
        taken.push(box);
        return { ...l, side, dx, dy, visible: true };
      }
    }
    return { ...l, side: 'right', dx: gap, dy: 0, visible: false };
  });
}
