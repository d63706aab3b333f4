// The tags each page carries for link previews, search engines and oEmbed consumers. With the site's
// public address: canonical link, og:url, absolute og:image and twitter:image, oEmbed discovery. Without
// it, only what needs no address (a relative og:image is one that Facebook, X or Slack never resolve).
import type { Story } from '$lib/data/schema';
import { embedChart, pageCard, pagePath, type PageName } from './pages';
import { oembedPath } from './oembed';
import { publicUrl } from './site';
import { jsonLdScript, truncateAtWord, type SiteImage } from './structuredData';
import { alternates, alternateTags } from './hreflang';
import { editions, type Edition, type EditionId } from '$lib/editions/editions';

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const meta = (key: 'property' | 'name', name: string, content: string | number) =>
  `<meta ${key}="${name}" content="${escapeAttr(String(content))}" />`;

export interface HeadContext {
  story: Story;
  /** The story's public address (SITE_URL), with a trailing slash. */
  siteUrl?: string;
  /** The newsroom's name, for og:site_name (SITE_NAME). */
  siteName?: string;
  /** The page's card picture with its size, if the build made it. */
  image?: SiteImage;
  /** The page's schema.org data, if it has some. */
  jsonLd?: Record<string, unknown>;
  /** The build wrote this embed's oEmbed response. */
  oembed?: boolean;
  /** The page's edition (English by default) and every edition built, for og:locale and hreflang. */
  edition?: Edition;
  built?: readonly EditionId[];
}

export function headTags(page: PageName, ctx: HeadContext): string[] {
  const { siteUrl, image, edition = editions.en, built = ['en'] } = ctx;
  const card = pageCard(page, ctx.story, edition.id);
  const tags = [
    meta('property', 'og:type', card.type),
    meta('property', 'og:title', card.title),
    meta('property', 'og:description', card.description),
    meta('property', 'og:locale', edition.ogLocale),
    ...built
      .filter((id) => id !== edition.id)
      .map((id) => meta('property', 'og:locale:alternate', editions[id].ogLocale)),
  ];
  if (ctx.siteName) tags.push(meta('property', 'og:site_name', ctx.siteName));
  if (siteUrl) {
    const url = publicUrl(siteUrl, edition.path + pagePath(page));
    tags.unshift(
      `<link rel="canonical" href="${escapeAttr(url)}" />`,
      ...alternateTags(alternates(siteUrl, pagePath(page), built)),
    );
    tags.push(meta('property', 'og:url', url));
    if (image) {
      const src = publicUrl(siteUrl, image.path);
      tags.push(
        meta('property', 'og:image', src),
        meta('property', 'og:image:width', image.width),
        meta('property', 'og:image:height', image.height),
        meta('property', 'og:image:alt', card.imageAlt),
        meta('name', 'twitter:image', src),
        // X reads at most 420 characters of an image's description.
        meta('name', 'twitter:image:alt', truncateAtWord(card.imageAlt, 420)),
      );
    }
    const chart = embedChart(page);
    if (chart && ctx.oembed)
      tags.push(
        `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(publicUrl(siteUrl, edition.path + oembedPath(chart)))}" title="${escapeAttr(card.title)}" />`,
      );
  }
  tags.push(meta('name', 'twitter:card', siteUrl && image ? 'summary_large_image' : 'summary'));
  if (ctx.jsonLd) tags.push(jsonLdScript(ctx.jsonLd));
  return tags;
}
