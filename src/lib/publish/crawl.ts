// What crawlers read: sitemap.xml (the pages worth indexing, at their public addresses) and robots.txt.
import { publicUrl } from './site';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `pages`: paths relative to the site's root ("", "data/"); `lastmod`: a W3C date, "2026" to "2026-11-28". */
export function sitemapXml(siteUrl: string, pages: { path: string; lastmod: string }[]): string {
  const urls = pages.map(
    (p) =>
      `  <url>\n    <loc>${escapeXml(publicUrl(siteUrl, p.path))}</loc>\n` +
      `    <lastmod>${escapeXml(p.lastmod)}</lastmod>\n  </url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * robots.txt for a site that knows its address. The embeds are not disallowed, as the static
 * robots.txt does: they carry <meta name="robots" content="noindex">, which keeps them out of search, and a
 * disallowed page is one that link previews (X's among them) and oEmbed consumers may not read.
 */
export function robotsTxt(siteUrl: string): string {
  const path = new URL(siteUrl).pathname;
  return [
    'User-agent: *',
    `Allow: ${path}`,
    '# The embeds (embed/) carry a noindex tag instead of a Disallow: link previews must be able to read them.',
    '',
    `Sitemap: ${publicUrl(siteUrl, 'sitemap.xml')}`,
    '',
  ].join('\n');
}
