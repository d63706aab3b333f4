// The timeline on phones: one row per event, in date order, the way the desktop and embed timeline give
// each event a row of its own. A row says the date (as precisely as the source gives it), the event, who
// acted (the lane, as a tag) and its status (the mark). Every event has its row in every view, so the
// whole timeline is there without JavaScript and a step change moves nothing: the step's rows are
// highlighted, the rows outside its window or lanes are set back, and the frame slides to the step's rows.
// Once scripts run (`fold`), a view shows only its own rows (its highlighted ones, else those in its
// window and lanes), the others folded away, so a step's rows sit together on one screen.
// The rows are a list, not a time axis: in a right-to-left edition they run from the right edge, the mark
// at the right and the text ending beside it, and the year headings are the edition's years (Solar Hijri in
// Persian, a heading where Nowruz falls).
import type { Lane } from '$lib/data/schema';
import type { TimeWindow } from './dates';
import { laneLabel } from './lanes';
import { textWidth, wrapText } from '../text';
import type { PlacedEvent, TimelineLayout } from './types';
import type { Base } from './marks';
import { edition } from '$lib/editions/current';
import { formatYearTick } from '$lib/editions/dates';

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
  const rtl = edition.dir === 'rtl';
  /** An x measured from the edge the rows start at: the left, or the right in a right-to-left edition. */
  const fromStart = (x: number) => (rtl ? width - x : x);
  let y = 0;
  let year = '';
  const events: PlacedEvent[] = base.map((b) => {
    const own = highlights ? b.visible && b.highlighted : b.visible;
    const shown = !fold || own;
    const y0 = formatYearTick(b.span.start, edition);
    if (!fold && y0 !== year) {
      year = y0;
      ticks.push({ date: b.span.start, pos: y + R.year - 7, label: y0 });
      y += R.year;
    }
    const lines = wrapText(b.event.title, textWidthMax, R.font);
    const tag = laneLabel[b.event.lane];
    // A range whose date and tag do not fit on one line (a Persian one gives both calendars at each end)
    // breaks after its dash; a date and its tag that still do not fit put the tag on a line of its own.
    const tagW = textWidth(tag, R.dateFont, 'bold');
    const dash = b.dateText.indexOf(' – ');
    const dateLines =
      dash < 0 || textWidth(`${b.dateText}  `, R.dateFont) + tagW <= textWidthMax
        ? [b.dateText]
        : [b.dateText.slice(0, dash + 2), b.dateText.slice(dash + 3)];
    const lastW = textWidth(`${dateLines[dateLines.length - 1]}  `, R.dateFont) + tagW;
    const tagBelow = lastW > textWidthMax;
    const textH = R.dateLine * (dateLines.length + (tagBelow ? 1 : 0)) + lines.length * R.line;
    const rowH = Math.max(R.minRow, textH + 2 * R.pad);
    const top = y;
    // A folded row takes no room (it is hidden where the next row starts).
    if (shown) y += rowH;
    const textTop = top + (rowH - textH) / 2;
    // A dot sits level with the date line; a span starts there and runs down beside the title.
    const ax = fromStart(R.mark);
    const ay = Math.round(textTop + R.dateLine / 2 - (b.point ? 0 : 3));
    const label = {
      // Where the text starts reading: its left edge, or its right edge in a right-to-left edition.
      x: fromStart(R.text) - ax,
      y: textTop - ay,
      width: Math.ceil(
        Math.max(
          ...dateLines.map((l) => textWidth(l, R.dateFont)),
          tagBelow ? tagW : lastW,
          ...lines.map((l) => textWidth(l, R.font)),
        ),
      ),
      height: textH,
      dateLines,
      tag,
      tagBelow,
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
      box: { x: rtl ? width - R.text - label.width : R.text, y: textTop, width: label.width, height: textH },
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
