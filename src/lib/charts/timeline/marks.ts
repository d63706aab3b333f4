// What both orientations of the timeline share: the events before they are placed, where an event's mark
// runs along the time axis, and the stretch of the chart a view is about.
import type { PlacedEvent, Orientation } from './types';
import { position, type Segment } from './scale';

/** An event as the view sees it, before it is placed. */
export type Base = Omit<PlacedEvent, 'ax' | 'ay' | 'length' | 'label' | 'hit' | 'box' | 'card'>;

const hour = 36e5;

/** `dayCentre`: a dot sits in the middle of its day (horizontal) or at its start (vertical, where a
 * stretch of the axis can begin exactly at that day and the labels stack below it). */
export function markExtent(b: Base, segments: Segment[], dayCentre = true) {
  if (b.point) {
    const c = position(segments, new Date(b.span.start.getTime() + (dayCentre ? 12 * hour : 0)));
    return { a: c, b: c };
  }
  const a = position(segments, b.span.start);
  // Keep even a month on the compressed scale visible as a short bar.
  return { a, b: Math.max(position(segments, b.span.end), a + 4) };
}

/** The halo around a highlighted dot reaches this far beyond the anchor. */
const HALO = 9;

/** From the top of the chart, what the view is about: its highlighted events, else all it shows. */
export function focusOf(events: PlacedEvent[], orientation: Orientation) {
  const highlighted = events.filter((p) => p.visible && p.highlighted);
  const pick = highlighted.length ? highlighted : events.filter((p) => p.visible);
  if (!pick.length) return undefined;
  let top = Infinity;
  let bottom = -Infinity;
  for (const p of pick) {
    // Vertically the mark runs down from its anchor; horizontally it sits across the anchor's row.
    const markEnd = orientation === 'vertical' ? p.length : 0;
    top = Math.min(top, p.ay + p.hit.y, p.ay - HALO);
    bottom = Math.max(bottom, p.ay + p.hit.y + p.hit.height, p.ay + markEnd + HALO);
  }
  return { top: Math.round(top), bottom: Math.round(bottom) };
}
