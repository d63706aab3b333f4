// Each page names the same page in every edition (hreflang), itself included, with x-default → English,
// as Google reads them: absolute addresses, reciprocated, or ignored. So they exist only when the site
// knows its public address (SITE_URL); a preview build relies on the language switcher's links, which carry
// hreflang and lang too. The build checks the written pages with hreflangProblems before its swap.
import { editions, type EditionId } from '$lib/editions/editions';
import { publicUrl } from './site';

export interface Alternate {
  hreflang: string;
  href: string;
}

/** The page at `path` ("", "data/") in each edition built, and x-default (the English page). */
export function alternates(siteUrl: string, path: string, built: readonly EditionId[]): Alternate[] {
  const list = built.map((id) => ({
    hreflang: editions[id].lang,
    href: publicUrl(siteUrl, editions[id].path + path),
  }));
  return [...list, { hreflang: 'x-default', href: publicUrl(siteUrl, path) }];
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const alternateTags = (list: Alternate[]) =>
  list.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeAttr(a.href)}" />`);

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`)
    .exec(tag)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The hreflang alternates a page's HTML lists. */
export function alternatesIn(html: string): Alternate[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => ({ rel: attr(tag, 'rel'), hreflang: attr(tag, 'hreflang'), href: attr(tag, 'href') }))
    .filter((l) => l.rel === 'alternate' && l.hreflang && l.href)
    .map((l) => ({ hreflang: l.hreflang!, href: l.href! }));
}

/**
 * What search engines would ignore in a set of pages (each its public address and HTML): a page not
 * listing itself, no x-default, an alternate that is no page of the site, a language listed twice, or a
 * link the page it names does not return.
 */
export function hreflangProblems(pages: { url: string; html: string }[]): string[] {
  const listed = new Map(pages.map((p) => [p.url, alternatesIn(p.html)]));
  const problems: string[] = [];
  for (const [url, list] of listed) {
    if (!list.length) continue;
    const langs = list.map((a) => a.hreflang);
    for (const lang of new Set(langs.filter((l, i) => langs.indexOf(l) !== i)))
      problems.push(`${url}: hreflang "${lang}" is listed twice`);
    if (!list.some((a) => a.href === url && a.hreflang !== 'x-default'))
      problems.push(`${url}: does not list itself among its alternates`);
    if (!langs.includes('x-default')) problems.push(`${url}: has no x-default alternate`);
    for (const a of list) {
      const back = listed.get(a.href);
      if (!back) problems.push(`${url}: names ${a.href} (${a.hreflang}), which is no page of the site`);
      else if (a.href !== url && !back.some((b) => b.href === url && b.hreflang !== 'x-default'))
        problems.push(`${url}: names ${a.href} (${a.hreflang}), which does not name it back`);
    }
  }
  return problems;
}
