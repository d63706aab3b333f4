// Publishing conventions, on the fixture dataset: the public address, social cards, JSON-LD, oEmbed,
// sitemap and robots.txt. (The built site's files are checked in tests/build/build.test.ts.)
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/lib/data/load';
import type { Story } from '../../src/lib/data/schema';
import { siteAddress, publicUrl } from '$lib/publish/site';
import { headTags } from '$lib/publish/head';
import { pageNames, pagePath } from '$lib/publish/pages';
import { hreflangProblems } from '$lib/publish/hreflang';
import { editionIds, editions } from '$lib/editions/editions';
import { oembedResponse } from '$lib/publish/oembed';
import { robotsTxt, sitemapXml } from '$lib/publish/crawl';
import { dataLicence } from '$lib/publish/licence';
import {
  authorsOf,
  datasetJsonLd,
  jsonLdScript,
  newsArticle,
  temporalCoverage,
  translatedAuthors,
  truncateHeadline,
} from '$lib/publish/structuredData';
import { dataFiles, pngSize } from '../../scripts/publish';
import { validDir } from '../data/helpers';
import { parseHead, startTags } from '../parseHead';

const dataset = loadDataDir(validDir);
const story = dataset.story;
const siteUrl = 'https://news.example.org/graphics/tiandy/';
const image = { path: 'images/social.png', width: 1200, height: 630 };

describe('the public address (SITE_URL, BASE_PATH)', () => {
  it("takes the base path from the address's path", () => {
    expect(siteAddress({ SITE_URL: siteUrl })).toEqual({ siteUrl, base: '/graphics/tiandy/' });
  });
  it('reads an address without its trailing slash as the same folder', () => {
    expect(siteAddress({ SITE_URL: 'https://news.example.org/tiandy' })).toEqual({
      siteUrl: 'https://news.example.org/tiandy/',
      base: '/tiandy/',
    });
  });
  it('lets BASE_PATH override the base, and works without an address', () => {
    expect(siteAddress({ SITE_URL: siteUrl, BASE_PATH: '/' }).base).toBe('/');
    expect(siteAddress({ BASE_PATH: '/x/' })).toEqual({ base: '/x/' });
    expect(siteAddress({ SITE_URL: '' })).toEqual({ base: '/' });
  });
  it.each([
    ['a path without a host', '/graphics/tiandy/', /not an address/],
    ['another scheme', 'ftp://example.org/', /https:/],
    ['a query string', 'https://example.org/?a=1', /plain address/],
  ])('refuses %s, saying what to write', (_, SITE_URL, message) => {
    expect(() => siteAddress({ SITE_URL })).toThrow(message);
  });
  it('resolves a built file to its public address', () => {
    expect(publicUrl(siteUrl, 'data/')).toBe(`${siteUrl}data/`);
    expect(publicUrl(siteUrl, '')).toBe(siteUrl);
  });
});

describe('headline for search engines', () => {
  it('keeps a headline of 110 characters or fewer as it is', () => {
    expect(truncateHeadline(story.headline)).toBe(story.headline);
    const exact = 'a'.repeat(110);
    expect(truncateHeadline(exact)).toBe(exact);
  });
  it('cuts a longer one at a word, marked with an ellipsis, within 110 characters', () => {
    const long = 'Sixty countries claimed, eight on record: '.repeat(4);
    const cut = truncateHeadline(long);
    expect([...cut].length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toMatch(/[\s,:]/); // the cut falls between words
  });
});

describe('bylines and dates', () => {
  it('names people, and a desk as an organization', () => {
    expect(authorsOf('By Ana Li and Sam Roe')).toEqual([
      { '@type': 'Person', name: 'Ana Li' },
      { '@type': 'Person', name: 'Sam Roe' },
    ]);
    expect(authorsOf('Staff')).toEqual([{ '@type': 'Organization', name: 'Staff' }]);
  });
  it('spans the events from the start of the first to the end of the last, at their precision', () => {
    expect(temporalCoverage(dataset.events)).toBe('2018-09/2022-12-16');
    expect(temporalCoverage([{ date: '2025-10-28' }, { date: '1994' }, { date: '2025' }])).toBe('1994/2025');
    expect(temporalCoverage([{ date: '2020-01' }])).toBe('2020-01');
  });
});

/** Every string value of a JSON document that is an absolute http(s) URL, except the listed keys. */
const urlsIn = (value: unknown, skip = ['@context', 'license']): string[] =>
  typeof value === 'string'
    ? /^https?:\/\//.test(value)
      ? [value]
      : []
    : Array.isArray(value)
      ? value.flatMap((v) => urlsIn(v, skip))
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => (skip.includes(k) ? [] : urlsIn(v, skip)))
        : [];

describe('JSON-LD', () => {
  const files = dataFiles(['tiandy-dataset.json', 'countries.csv']);
  it('describes the story as a NewsArticle from the data', () => {
    const ld = newsArticle(story, { siteUrl, publisher: { name: 'Example News' }, image });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: story.headline,
      description: story.dek,
      datePublished: story.published,
      dateModified: story.updated ?? story.published,
      author: authorsOf(story.byline),
      publisher: { '@type': 'Organization', name: 'Example News' },
      url: siteUrl,
    });
    expect(ld.image).toEqual([
      { '@type': 'ImageObject', url: `${siteUrl}images/social.png`, width: 1200, height: 630 },
    ]);
    expect(urlsIn(ld).every((u) => u.startsWith(siteUrl))).toBe(true);
  });
  it('uses updated for dateModified when the story has one', () => {
    const updated: Story = { ...story, updated: '2025-03-01' };
    expect(newsArticle(updated, {}).dateModified).toBe('2025-03-01');
  });
  it('describes /data/ as a Dataset with the licence and one DataDownload per file written', () => {
    const ld = datasetJsonLd(dataset, { siteUrl, files });
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: dataLicence.url,
      temporalCoverage: '2018-09/2022-12-16',
      url: `${siteUrl}data/`,
    });
    expect(ld.distribution).toEqual([
      expect.objectContaining({
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: `${siteUrl}data/tiandy-dataset.json`,
      }),
      expect.objectContaining({ encodingFormat: 'text/csv', contentUrl: `${siteUrl}data/countries.csv` }),
    ]);
  });
  it('refuses a download it cannot give a media type', () => {
    expect(() => dataFiles(['countries.xlsx'])).toThrow(/media type/);
  });
  it('leaves out every address without SITE_URL', () => {
    expect(urlsIn(newsArticle(story, { image }))).toEqual([]);
    expect(urlsIn(datasetJsonLd(dataset, { files }))).toEqual([]);
  });
  it('escapes "<" so data cannot close the script element', () => {
    const script = jsonLdScript({ headline: '</script><script>alert(1)</script> <!--' });
    const json = script.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script> <!--');
  });
});

const head = (tags: string[]) => parseHead(tags.join('\n'));

describe('head tags', () => {
  it('give every page an absolute canonical, og:url, og:image and twitter:image with SITE_URL', () => {
    for (const page of pageNames) {
      const { link, meta } = head(headTags(page, { story, siteUrl, image }));
      const canonical = link({ rel: 'canonical' })?.href;
      expect(canonical).toMatch(new RegExp(`^${siteUrl}`));
      expect(meta('og:url')).toBe(canonical);
      expect(meta('og:image')).toBe(`${siteUrl}images/social.png`);
      expect(meta('twitter:image')).toBe(meta('og:image'));
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:alt')).toBeTruthy();
    }
  });
  it('point an embed at its oEmbed response when the build wrote one', () => {
    const { link } = head(headTags('embed-map', { story, siteUrl, image, oembed: true }));
    const oembed = link({ rel: 'alternate', type: 'application/json+oembed' });
    expect(oembed?.href).toBe(`${siteUrl}embed/map/oembed.json`);
    expect(oembed?.title).toBe(story.figures.map.title);
  });
  it('without SITE_URL, leave out what cannot be absolute rather than write a relative address', () => {
    for (const page of pageNames) {
      const { links, meta } = head(headTags(page, { story, image, oembed: true }));
      expect(links).toEqual([]);
      for (const key of ['og:url', 'og:image', 'twitter:image']) expect(meta(key)).toBeNull();
      expect(meta('og:title')).toBeTruthy();
    }
  });
  it('escape what the data says inside attributes', () => {
    const quoted: Story = { ...story, headline: 'A "quoted" <headline> & more' };
    const { meta } = head(headTags('story', { story: quoted, siteUrl }));
    expect(meta('og:title')).toBe(quoted.headline);
  });
});

describe('oEmbed', () => {
  it('answers with a rich iframe to the embed, as our embed code writes it', () => {
    const thumbnail = { path: 'images/map.png', width: 1952, height: 912 };
    const r = oembedResponse('map', story, { siteUrl, publisher: { name: 'Example News' }, thumbnail });
    expect(r).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: story.figures.map.title,
      provider_name: 'Example News',
      provider_url: siteUrl,
      thumbnail_url: `${siteUrl}images/map.png`,
      thumbnail_width: 1952,
      thumbnail_height: 912,
    });
    expect(Number.isInteger(r.width) && Number.isInteger(r.height)).toBe(true);
    const [iframe, ...more] = startTags(r.html, 'iframe');
    expect(more).toEqual([]);
    expect(iframe.src).toBe(`${siteUrl}embed/map/`);
    expect(iframe.sandbox).toBe('allow-scripts allow-popups');
    expect(iframe.title).toBe(story.figures.map.title);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists pages at their public addresses with a lastmod', () => {
    const xml = sitemapXml('https://example.org/a&b/', [{ path: 'data/', lastmod: '2025-01' }]);
    expect(xml).toContain('<loc>https://example.org/a&amp;b/data/</loc>');
    expect(xml).toContain('<lastmod>2025-01</lastmod>');
  });
  it('names the sitemap by its absolute address', () => {
    expect(robotsTxt(siteUrl)).toMatch(
      /^Sitemap: https:\/\/news\.example\.org\/graphics\/tiandy\/sitemap\.xml$/m,
    );
    expect(robotsTxt(siteUrl)).toMatch(/^User-agent: \*$/m);
  });
});

describe('PNG size', () => {
  it('is undefined for a missing file', () => {
    expect(pngSize('/nonexistent.png')).toBeUndefined();
  });
});

describe('editions: hreflang, og:locale and translations in JSON-LD', () => {
  const built = [...editionIds];
  /** Every page of every edition as the build writes its head, with its public address. */
  const site = (url = siteUrl) =>
    built.flatMap((id) =>
      pageNames.map((page) => ({
        url: publicUrl(url, editions[id].path + pagePath(page)),
        html: `<head>${headTags(page, { story, siteUrl: url, edition: editions[id], built }).join('')}</head>`,
      })),
    );

  it('lists on every page the same page in each edition, itself included, and x-default → English', () => {
    for (const page of site()) {
      const links = startTags(page.html, 'link').filter((l) => l.hreflang);
      expect(links.map((l) => l.hreflang)).toEqual(['en', 'fa-IR', 'zh-Hans', 'x-default']);
      expect(links.some((l) => l.href === page.url)).toBe(true);
      expect(links.find((l) => l.hreflang === 'x-default')!.href).toBe(links[0].href);
      expect(parseHead(page.html).link({ rel: 'canonical' })?.href).toBe(page.url);
    }
  });
  it('finds every page reciprocated (the check the build runs before its swap)', () => {
    expect(hreflangProblems(site())).toEqual([]);
  });
  it('finds a page that is not named back, one that omits itself, and one without x-default', () => {
    const pages = site();
    const faStory = pages.find((p) => p.url === `${siteUrl}fa/`)!;
    faStory.html = faStory.html.replace(/<link rel="alternate" hreflang="en"[^>]*>/, '');
    const zhData = pages.find((p) => p.url === `${siteUrl}zh/data/`)!;
    zhData.html = zhData.html.replace(/<link rel="alternate" hreflang="zh-Hans"[^>]*>/, '');
    const enMap = pages.find((p) => p.url === `${siteUrl}embed/map/`)!;
    enMap.html = enMap.html.replace(/<link rel="alternate" hreflang="x-default"[^>]*>/, '');
    const problems = hreflangProblems(pages);
    expect(problems).toContain(`${siteUrl}: names ${siteUrl}fa/ (fa-IR), which does not name it back`);
    expect(problems).toContain(`${siteUrl}zh/data/: does not list itself among its alternates`);
    expect(problems).toContain(`${siteUrl}embed/map/: has no x-default alternate`);
  });
  it('gives no hreflang without SITE_URL (Google ignores relative ones): the switcher links instead', () => {
    const tags = headTags('story', { story, edition: editions.fa, built }).join('');
    expect(startTags(tags, 'link').filter((l) => l.hreflang)).toEqual([]);
    expect(parseHead(tags).meta('og:locale')).toBe('fa_IR');
  });
  it("names the page's og:locale and the other editions' as alternates", () => {
    const head = parseHead(headTags('data', { story, edition: editions.zh, built }).join(''));
    expect(head.meta('og:locale')).toBe('zh_CN');
    expect(
      startTags(headTags('data', { story, edition: editions.zh, built }).join(''), 'meta')
        .filter((m) => m.property === 'og:locale:alternate')
        .map((m) => m.content),
    ).toEqual(['en_GB', 'fa_IR']);
  });
  it('marks a translation as one of the English article, and the English as translated', () => {
    const fa = newsArticle(story, { siteUrl, edition: editions.fa, built });
    expect(fa).toMatchObject({
      inLanguage: 'fa-IR',
      url: `${siteUrl}fa/`,
      translationOfWork: { '@id': siteUrl, inLanguage: 'en' },
    });
    const en = newsArticle(story, { siteUrl, edition: editions.en, built });
    expect(en.workTranslation).toEqual([
      { '@type': 'NewsArticle', '@id': `${siteUrl}fa/`, inLanguage: 'fa-IR' },
      { '@type': 'NewsArticle', '@id': `${siteUrl}zh/`, inLanguage: 'zh-Hans' },
    ]);
  });
});

describe('a translated byline in JSON-LD', () => {
  it('keeps a desk an organization, in its own words', () => {
    expect(translatedAuthors('Staff', 'تحریریه')).toEqual([{ '@type': 'Organization', name: 'تحریریه' }]);
    expect(translatedAuthors('By Ana Li and Sam Roe', '李安、罗山')).toEqual([
      { '@type': 'Person', name: '李安' },
      { '@type': 'Person', name: '罗山' },
    ]);
  });
});
