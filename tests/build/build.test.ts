// The build as editors and newsrooms depend on it: a failure anywhere leaves the site that was there
// untouched; without SITE_URL the site says so once and writes no address it cannot make absolute; a site
// published at SITE_URL under a subfolder loads everything from under it, and every page, its JSON-LD, the
// sitemap, robots.txt and each oEmbed response point at files the build wrote, at their public addresses.
// The builds are made once per run and shared with the other files that need them (tests/build/sites.ts).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { compileHint } from '../../scripts/compileHints';
import { loadDataDir } from '../../src/lib/data/load';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium';
import { parseHead, startTags } from '../parseHead';
import { pngSize } from '../../scripts/publish';
import type { Event, Story } from '../../src/lib/data/schema';
import {
  base,
  lateFailure,
  publishedSite,
  scaleSite,
  siteUrl,
  snapshot,
  type Published,
  type Scale,
} from './sites';

let built: Published;
let scale: Scale;
beforeAll(async () => {
  built = await publishedSite();
  scale = await scaleSite();
}, 400_000);

describe('a failed build', () => {
  it('marks every script it bundles for eager compilation, on the first line where V8 looks', () => {
    // (pym.js, copied as it is for newsrooms' host pages, is not ours to mark.)
    const scripts = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    const unmarked = scripts.filter(
      (f) => !readFileSync(join('dist/assets', f), 'utf8').startsWith(compileHint),
    );
    expect(unmarked).toEqual([]);
  });

  it('leaves the site untouched when prerendering (or any late step) throws', () => {
    // The SITE_URL build below, made to fail just before it would have replaced a copy of dist/.
    expect(built.error).toBe(lateFailure);
    expect(Object.keys(snapshot(built.target))).toEqual(
      expect.arrayContaining(['/index.html', '/embed/map/index.html', '/data/events.csv']),
    );
    expect(built.changed).toEqual([]);
  });
});

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const events = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: Event[] }).events;
const pages = [
  'index.html',
  'data/index.html',
  ...['map', 'network', 'timeline'].map((c) => `embed/${c}/index.html`),
];
const charts = ['map', 'network', 'timeline'];

const parsePage = (file: string) => parseHead(readFileSync(file, 'utf8'));

// The scale fixture's site (tests/build/sites.ts) is the one built without SITE_URL.
describe('a site built without SITE_URL', () => {
  it('says once, in one line, that social cards need SITE_URL', () => {
    expect(scale.logged.filter((m) => /SITE_URL/.test(m))).toHaveLength(1);
    expect(scale.logged.find((m) => /SITE_URL/.test(m))).not.toContain('\n');
  });

  it('writes no canonical link, og:url, oEmbed link or image address it cannot make absolute', () => {
    for (const page of pages) {
      const { links, meta } = parsePage(join(scale.site, page));
      expect(
        links.filter((l) => l.rel === 'canonical' || l.rel === 'alternate'),
        page,
      ).toEqual([]);
      for (const key of ['og:url', 'og:image', 'twitter:image'])
        expect(meta(key), `${page} ${key}`).toBeNull();
      expect(meta('og:title'), page).toBeTruthy();
    }
  });

  it('still describes the story and the data in JSON-LD, with no address in it', () => {
    const article = parsePage(join(scale.site, 'index.html')).jsonLd;
    expect(article.map((d) => d['@type'])).toEqual(['NewsArticle']);
    expect(article[0].datePublished).toBe(loadDataDir(scale.dataDir).story.published);
    const data = parsePage(join(scale.site, 'data/index.html')).jsonLd;
    expect(data.map((d) => d['@type'])).toEqual(['Dataset']);
    expect(data[0].license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(JSON.stringify([article, data])).not.toMatch(/"(url|contentUrl|@id)"/);
  });

  it('writes no sitemap or oEmbed response, and keeps the static robots.txt', () => {
    expect(existsSync(join(scale.site, 'sitemap.xml'))).toBe(false);
    for (const chart of charts)
      expect(existsSync(join(scale.site, 'embed', chart, 'oembed.json'))).toBe(false);
    expect(readFileSync(join(scale.site, 'robots.txt'), 'utf8')).toBe(
      readFileSync('static/robots.txt', 'utf8'),
    );
  });
});

describe('a site published at SITE_URL, under a subfolder', () => {
  // The base path comes from the address.
  let published = '';
  beforeAll(() => void (published = built.site));

  /** The built file a public address stands for; fails unless it is under SITE_URL and was built. */
  function fileOf(url: unknown, where = ''): string {
    expect(typeof url, where).toBe('string');
    expect(url as string, where).toMatch(new RegExp(`^${siteUrl.replace(/[./]/g, '\\$&')}`));
    const path = new URL(url as string).pathname.slice(base.length);
    const file = join(published, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    expect(existsSync(file) && statSync(file).isFile(), `${where}: ${url} is not a built file`).toBe(true);
    return file;
  }

  /** Every absolute address in a JSON document, but the vocabulary's and the licence's. */
  const urlsIn = (value: unknown): string[] =>
    typeof value === 'string'
      ? /^https?:\/\//.test(value)
        ? [value]
        : []
      : Array.isArray(value)
        ? value.flatMap(urlsIn)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => (k === '@context' || k === 'license' ? [] : urlsIn(v)))
          : [];

  it('loads every page, script, style and data file from under that base, with no CSP violation', async () => {
    const server = await preview({
      base,
      logLevel: 'silent',
      build: { outDir: published },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const port = (server.httpServer.address() as { port: number }).port;
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
    try {
      for (const path of ['', 'data/', 'embed/map/', 'embed/network/', 'embed/timeline/']) {
        const page = await browser.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
          );
        });
        const requests: string[] = [];
        const failed: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        page.on('requestfailed', (r) => failed.push(r.url()));
        await page.goto(`http://127.0.0.1:${port}${base}${path}`, { waitUntil: 'networkidle' });
        // The page and at least its script (an embed has just one).
        expect(requests.filter((p) => p.endsWith('.js')).length, path).toBeGreaterThan(0);
        expect(requests.filter((p) => !p.startsWith(base))).toEqual([]);
        expect(failed).toEqual([]);
        const links = await page.$$eval('a[download], link[rel="icon"]', (els) =>
          els.map((e) => new URL((e as HTMLAnchorElement).href).pathname),
        );
        expect(links.filter((p) => !p.startsWith(base))).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), path).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 180_000);

  it('gives every page its canonical address and an absolute, built card image', () => {
    for (const page of pages) {
      const { link, meta } = parsePage(join(published, page));
      const canonical = link({ rel: 'canonical' })?.href;
      expect(fileOf(canonical, `${page} canonical`)).toBe(join(published, page));
      expect(meta('og:url'), page).toBe(canonical);
      const image = fileOf(meta('og:image'), `${page} og:image`);
      expect(meta('twitter:image'), page).toBe(meta('og:image'));
      expect(image.endsWith('.png'), page).toBe(true);
      const size = pngSize(image)!;
      expect([meta('og:image:width'), meta('og:image:height')], page).toEqual([
        String(size.width),
        String(size.height),
      ]);
      expect(meta('og:image:alt'), page).toBeTruthy();
      expect(meta('twitter:card'), page).toBe('summary_large_image');
    }
    // An embed's card shows its own chart; the story's is the social picture.
    for (const chart of charts)
      expect(parsePage(join(published, `embed/${chart}/index.html`)).meta('og:image')).toBe(
        `${siteUrl}images/${chart}.png`,
      );
    expect(parsePage(join(published, 'index.html')).meta('og:image')).toBe(`${siteUrl}images/social.png`);
  });

  it('describes the story as a NewsArticle whose every address is a built file under SITE_URL', () => {
    const [article, ...more] = parsePage(join(published, 'index.html')).jsonLd;
    expect(more).toEqual([]);
    expect(article['@context']).toBe('https://schema.org');
    expect(article['@type']).toBe('NewsArticle');
    const headline = article.headline as string;
    expect([...headline].length).toBeLessThanOrEqual(110);
    expect(headline === story.headline || story.headline.startsWith(headline.replace(/…$/, ''))).toBe(true);
    expect(article.datePublished).toBe(story.published);
    expect(article.dateModified).toBe(story.updated ?? story.published);
    const authors = article.author as { name: string }[];
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(story.byline).toContain(a.name);
    expect((article.publisher as { name: string }).name).toBeTruthy();
    expect((article.image as unknown[]).length).toBeGreaterThan(0);
    const urls = urlsIn(article);
    expect(urls).toContain(siteUrl);
    for (const url of urls) fileOf(url, 'NewsArticle');
  });

  it('describes /data/ as a Dataset with the licence, its time span and exactly the downloads built', () => {
    const [ld] = parsePage(join(published, 'data/index.html')).jsonLd;
    expect(ld['@type']).toBe('Dataset');
    for (const key of ['name', 'description', 'creator']) expect(ld[key], key).toBeTruthy();
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    // The span covers every event, from one event's start to one event's end.
    const [first, last] = (ld.temporalCoverage as string).split('/');
    const start = (d: string) => (d + '-00-00').slice(0, 10);
    const end = (d: string) => (d + '-99-99').slice(0, 10);
    expect(events.map((e) => e.date)).toContain(first);
    expect(events.flatMap((e) => [e.date, e.endDate])).toContain(last ?? first);
    for (const e of events) {
      expect(start(e.date) >= start(first)).toBe(true);
      expect(end(e.endDate ?? e.date) <= end(last ?? first)).toBe(true);
    }
    const downloads = readdirSync(join(published, 'data')).filter((f) => f !== 'index.html');
    const distribution = ld.distribution as { '@type': string; encodingFormat: string; contentUrl: string }[];
    expect(distribution.map((d) => d.contentUrl).sort()).toEqual(
      downloads.map((f) => `${siteUrl}data/${f}`).sort(),
    );
    for (const d of distribution) {
      expect(d['@type']).toBe('DataDownload');
      expect(d.encodingFormat).toBe(d.contentUrl.endsWith('.csv') ? 'text/csv' : 'application/json');
    }
    for (const url of urlsIn(ld)) fileOf(url, 'Dataset');
  });

  it('lists the story and /data/ of every edition in sitemap.xml, named by robots.txt', () => {
    const xml = readFileSync(join(published, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(
      ['', 'fa/', 'zh/'].flatMap((e) => [`${siteUrl}${e}`, `${siteUrl}${e}data/`]).sort(),
    );
    for (const loc of locs) fileOf(loc, 'sitemap');
    const lastmods = [...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
    expect(lastmods).toHaveLength(6);
    for (const d of lastmods) expect(d).toBe(story.updated ?? story.published);
    const robots = readFileSync(join(published, 'robots.txt'), 'utf8');
    const sitemaps = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1]);
    expect(sitemaps).toEqual([`${siteUrl}sitemap.xml`]);
    fileOf(sitemaps[0], 'robots.txt');
  });

  it('answers oEmbed for each embed, found from its page, with an iframe to the built embed', () => {
    for (const chart of charts) {
      const { link } = parsePage(join(published, `embed/${chart}/index.html`));
      const discovery = link({ rel: 'alternate', type: 'application/json+oembed' });
      const response = JSON.parse(readFileSync(fileOf(discovery?.href, `${chart} oEmbed`), 'utf8'));
      expect(discovery?.title).toBe(response.title);
      expect(response).toMatchObject({
        type: 'rich',
        version: '1.0',
        title: story.figures[chart as 'map'].title,
      });
      for (const key of ['provider_name', 'provider_url', 'html']) expect(response[key], key).toBeTruthy();
      fileOf(response.provider_url, 'provider_url');
      for (const key of ['width', 'height'])
        expect(Number.isInteger(response[key]) && response[key] > 0).toBe(true);
      const iframes = startTags(response.html, 'iframe');
      expect(iframes).toHaveLength(1);
      const [iframe] = iframes;
      expect(fileOf(iframe.src, `${chart} iframe`)).toBe(join(published, `embed/${chart}/index.html`));
      expect(iframe.sandbox).toBe('allow-scripts allow-popups');
      expect(iframe.title).toBe(response.title);
      const thumbnail = pngSize(fileOf(response.thumbnail_url, `${chart} thumbnail`))!;
      expect([response.thumbnail_width, response.thumbnail_height]).toEqual([
        thumbnail.width,
        thumbnail.height,
      ]);
    }
  });
});
