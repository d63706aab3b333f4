// The timeline on phones: one row per event, in date order, the way the desktop and embed timeline give
// each event a row of its own. A row says the date (as precisely as the source gives it), the event, who
// acted (the lane, as a tag) and its status (the mark). Every event has its row in every view, so the
// whole timeline is there without JavaScript and a step change moves nothing: the step's rows are
// highlighted, the rows outside its window or lanes are set back, and the frame slides to the step's rows.
// Once scripts run (`fold`), a view shows only its own rows (its highlighted ones, else those in its
// window and lanes), the others folded away, so a step's rows sit together on one screen.
import type { Lane } from '$lib/data/schema';
import type { TimeWindow } from './dates';
import { laneLabel } from './lanes';
import { textWidth, wrapText } from '../text';
import type { PlacedEvent, TimelineLayout } from './types';
import type { Base } from './marks';

export const R = {
  /** The mark's centre, from the chart's left edge; the text starts at `text`. */
  mark: 10,
  text: 26,
  font: 13,
  line: 16,
  dateFont: 11,
  dateLine: 14,
  /** Padding above and below a row's text. */
  pad: 2,
  /** Every row is a touch target taller than WCAG's 24 px, and a step's seven rows fit a phone's window. */
  minRow: 32,
  /** A year's heading, over its first row (all rows only: folded rows give their year in the date). */
  year: 24,
  /** Length of a mark that spans a period (a range, or a month or year with no exact day). */
  span: 16,
  bottom: 8,
} as const;

export function layoutRows(
  base: Base[],
  lanes: Lane[],
  window: TimeWindow,
  width: number,
  fold = false,
): TimelineLayout {
  const textWidthMax = Math.max(120, width - R.text - 6);
  const highlights = base.some((b) => b.visible && b.highlighted);
  const ticks: TimelineLayout['ticks'] = [];
  let y = 0;
  let year = -1;
  const events: PlacedEvent[] = base.map((b) => {
    const own = highlights ? b.visible && b.highlighted : b.visible;
    const shown = !fold || own;
    const y0 = b.span.start.getUTCFullYear();
    if (!fold && y0 !== year) {
      year = y0;
      ticks.push({ date: b.span.start, pos: y + R.year - 7, label: String(y0) });
      y += R.year;
    }
    const lines = wrapText(b.event.title, textWidthMax, R.font);
    const tag = laneLabel[b.event.lane];
    // The date, then the lane's tag. A date too long for the row (a range in the Persian edition's two
    // calendars) wraps; the tag follows its last line, or takes a line of its own where it has no room.
    const dateWidth = (d: string) => textWidth(`${d}  `, R.dateFont);
    const tagWidth = textWidth(tag, R.dateFont, 'bold');
    const dateLines =
      dateWidth(b.dateText) + tagWidth <= textWidthMax
        ? [b.dateText]
        : wrapText(b.dateText, textWidthMax, R.dateFont);
    const tagApart = dateWidth(dateLines.at(-1)!) + tagWidth > textWidthMax;
    const textH = (dateLines.length + (tagApart ? 1 : 0)) * R.dateLine + lines.length * R.line;
    const rowH = Math.max(R.minRow, textH + 2 * R.pad);
    const top = y;
    // A folded row takes no room (it is hidden where the next row starts).
    if (shown) y += rowH;
    const textTop = top + (rowH - textH) / 2;
    // A dot sits level with the date line; a span starts there and runs down beside the title.
    const ax = R.mark;
    const ay = Math.round(textTop + R.dateLine / 2 - (b.point ? 0 : 3));
    const label = {
      x: R.text - ax,
      y: textTop - ay,
      width: Math.ceil(
        Math.max(
          ...dateLines.map((d) => textWidth(d, R.dateFont)),
          tagApart ? tagWidth : dateWidth(dateLines.at(-1)!) + tagWidth,
          ...lines.map((l) => textWidth(l, R.font)),
        ),
      ),
      height: textH,
      dateLines,
      tag,
      tagApart,
      lines,
    };
    // Rows outside the view's window or lanes, and the rest of a view that highlights some, step back.
    const muted = !b.visible || (highlights && !b.highlighted);
    return {
      ...b,
      visible: shown,
      highlighted: b.visible && b.highlighted,
      muted,
      ax,
      ay,
      length: b.point ? 0 : R.span,
      label,
      hit: { x: -ax, y: top - ay, width, height: rowH },
      box: { x: R.text, y: textTop, width: label.width, height: textH },
      card: { x: 8, y: top + rowH + 2 },
    };
  });
  // What the view is about: its highlighted rows, else the rows in its window and lanes.
  const pick = events.filter((p, i) => p.visible && (highlights ? p.highlighted : base[i].visible));
  const focus = pick.length
    ? {
        top: Math.min(...pick.map((p) => p.ay + p.hit.y)),
        bottom: Math.max(...pick.map((p) => p.ay + p.hit.y + p.hit.height)),
      }
    : undefined;
  const height = Math.round(y + R.bottom);
  return {
    orientation: 'vertical',
    focus,
    width,
    height,
    window,
    segments: [],
    ticks,
    lanes: lanes.map((lane) => ({ lane, label: laneLabel[lane], x: 0, y: 0, height: 0 })),
    axis: { r0: 0, r1: height },
    events,
  };
}
