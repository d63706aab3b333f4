// oEmbed (https://oembed.com): a CMS given the address of an embed page finds its <link rel="alternate"
// type="application/json+oembed"> and reads this response to embed the chart. Static files, one per chart:
// the response needs absolute addresses, so it exists only when the site knows its public address.
import type { ChartName, Story } from '$lib/data/schema';
import { embedCodes, embedPath, initialHeight } from '$lib/embed/embedCode';
import type { Publisher, SiteImage } from './structuredData';
import { publicUrl } from './site';

/** oEmbed sizes are pixels; the iframe itself is 100% of the column, so this is a typical column. */
export const oembedWidth = 640;

/** Where a chart's response lives inside dist/. */
export const oembedPath = (chart: ChartName) => `${embedPath(chart)}oembed.json`;

export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembedResponse(
  chart: ChartName,
  story: Story,
  ctx: {
    siteUrl: string;
    /** The edition's address (SITE_URL + "fa/"); the site's by default. */
    editionUrl?: string;
    publisher: Publisher;
    thumbnail?: SiteImage;
  },
): OEmbedRich {
  const title = story.figures[chart].title;
  const { siteUrl, thumbnail } = ctx;
  return {
    type: 'rich',
    version: '1.0',
    title,
    author_name: story.byline,
    provider_name: ctx.publisher.name,
    provider_url: publicUrl(siteUrl, ''),
    // The very code the story's "Embed this chart" gives: same sandbox, title and initial height.
    html: embedCodes(chart, title, ctx.editionUrl ?? siteUrl).iframe,
    width: oembedWidth,
    height: initialHeight(chart),
    ...(thumbnail && {
      thumbnail_url: publicUrl(siteUrl, thumbnail.path),
      thumbnail_width: thumbnail.width,
      thumbnail_height: thumbnail.height,
    }),
  };
}
