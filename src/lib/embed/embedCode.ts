// The HTML a newsroom pastes to embed one chart. Pure, so the story and the tests build the same code.
import type { ChartName } from '$lib/data/schema';
import { charts } from '$lib/charts/registry';

export const embedPath = (chart: ChartName) => `embed/${chart}/`;

/** The height that fits a chart's embed in a typical column before auto-height takes over. */
export const initialHeight = (chart: ChartName) => charts[chart].embedHeight;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EmbedCodes {
  /** A plain iframe: works on any page. */
  iframe: string;
  /** For pages that run pym.js's parent script: the same embed, sized to its content. */
  pym: string;
}

/** `siteUrl` is the story's absolute address with a trailing slash, e.g. "https://example.org/tiandy/";
 * `view`, a step id, embeds the chart as that step shows it (the map's measures view). */
export function embedCodes(chart: ChartName, title: string, siteUrl: string, view?: string): EmbedCodes {
  const src = siteUrl + embedPath(chart) + (view ? `?view=${encodeURIComponent(view)}` : '');
  const t = escapeAttr(title);
  return {
    iframe:
      `<iframe src="${src}" title="${t}" loading="lazy" sandbox="allow-scripts allow-popups" ` +
      `width="100%" height="${initialHeight(chart)}" style="border:0;width:100%"></iframe>`,
    pym:
      `<div data-pym-src="${src}" data-pym-title="${t}" data-pym-sandbox="allow-scripts allow-popups"></div>\n` +
      `<script src="${siteUrl}embed/pym.v1.min.js"></script>`,
  };
}
