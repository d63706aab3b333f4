// A node as the diagram draws it: its symbol, its name wrapped beside or under it, and the box the two
// take. The build-time layout asks the same questions (how many lines a name takes, how tall its node
// is) to leave each node the room it needs.
import type { Entity } from '$lib/data/schema';
import { round1, roundBox, type Box } from '../geometry';
import { textWidth, wrapText } from '../text';
import { narrowBelow } from './layout';
import type { SceneNode } from './types';

export const nodeFont = 12;
export const nodeLine = 14;
/** Node labels in the wide layout squeezed below 80% of its reference width (600–799px). */
export const smallNodeFont = 11;
export const radius = 9;
/** The centre's symbol is this much larger. */
export const centreScale = 1.25;
/** The widest a label beside its symbol may be. */
const sideLabelMax = { narrow: 150, wide: 220 };

/** Picks the name and wraps it; long names fall back to the short name. */
export function nodeLines(
  entity: Entity,
  maxWidth: number,
  mode: 'wide' | 'narrow',
  font = nodeFont,
): string[] {
  const short = entity.shortName;
  const full = wrapText(entity.name, maxWidth, font, 'bold');
  if (short && (mode === 'narrow' || full.length > 2)) return wrapText(short, maxWidth, font, 'bold');
  return full;
}

/** The width a node's label may take at a position (in px) on a drawing `width` px wide. */
export function labelRoom(
  side: number,
  x: number,
  width: number,
  mode: 'wide' | 'narrow',
  cellWidth: number,
  r = radius,
) {
  if (side < 0) return Math.min(x - r - 10, sideLabelMax[mode]);
  if (side > 0) return Math.min(width - x - r - 10, sideLabelMax[mode]);
  return Math.min(cellWidth - 6, 110);
}

/** The font and line height of node labels at a width. */
export function nodeType(width: number, referenceWidth: number) {
  const font = width >= narrowBelow && width / referenceWidth < 0.8 ? smallNodeFont : nodeFont;
  return { font, lineHeight: font + 2 };
}

/** The height a node with `lines` of label takes in its column. */
export const nodeHeight = (lines: number, side: number, lineHeight: number, r = radius) =>
  side === 0 ? 2 * r + 4 + lines * lineHeight : Math.max(2 * r + 2, lines * lineHeight + 2);

export interface NodeSetting {
  /** The drawing's width, and the widest a label under its symbol may be there (px). */
  width: number;
  cellWidth: number;
  mode: 'wide' | 'narrow';
  font: number;
  lineHeight: number;
}

/** A node with its symbol (radius `r`) at x, y and its label on `side` of it (-1 left, 1 right, 0 under). */
export function placeNode(
  entity: Entity,
  { x, y, r, side }: { x: number; y: number; r: number; side: number },
  { width, cellWidth, mode, font, lineHeight }: NodeSetting,
): Omit<SceneNode, 'visible' | 'emphasis'> {
  const lines = nodeLines(entity, labelRoom(side, x, width, mode, cellWidth, r), mode, font);
  const w = Math.max(...lines.map((l) => textWidth(l, font, 'bold')));
  const h = lines.length * lineHeight;
  // Symbols reach a little past r (a diamond 1.15r, a triangle 1.2r).
  const mark = { x0: x - r * 1.2, y0: y - r * 1.2, x1: x + r * 1.2, y1: y + r * 1.2 };
  let label: Box;
  let text: SceneNode['text'];
  if (side === 0) {
    const top = y + r + 3;
    label = { x0: x - w / 2 - 2, y0: top, x1: x + w / 2 + 2, y1: top + h + 3 };
    text = { x: 0, y: r + 3 + font, anchor: 'middle' };
  } else {
    // Beside the symbol, away from the middle, the lines centred on it.
    const gap = r + 5;
    const x0 = side < 0 ? x - gap - w - 2 : x + gap - 2;
    label = { x0, y0: y - h / 2 - 1, x1: x0 + w + 4, y1: y + h / 2 + 1 };
    text = {
      x: side * gap,
      y: round1(-h / 2 + lineHeight / 2 + font * 0.35),
      anchor: side < 0 ? 'end' : 'start',
    };
  }
  label = roundBox(label);
  const box = {
    x0: Math.min(label.x0, mark.x0),
    y0: Math.min(label.y0, mark.y0),
    x1: Math.max(label.x1, mark.x1),
    y1: Math.max(label.y1, mark.y1),
  };
  return { id: entity.id, entity, x, y, r, lines, text, label, box };
}
