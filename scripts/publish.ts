// Publishing conventions, written into the built site once its pages, downloads and images exist: each
// page's social card and canonical address, schema.org JSON-LD (a NewsArticle for the story, a Dataset
// for /data/), and, when the site knows its public address (SITE_URL), the embeds' oEmbed responses,
// sitemap.xml and a robots.txt that names it. Last in the build because it needs the images' sizes and the
// list of downloads as written. Every edition built gets its own (in its folder: fa/, zh/), naming the
// others (og:locale:alternate, hreflang, translationOfWork); the sitemap and robots.txt are the root's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ChartName, Dataset } from '../src/lib/data/schema';
import { downloads } from '../src/lib/data/downloads';
import { sitemapXml, robotsTxt } from '../src/lib/publish/crawl';
import { headTags } from '../src/lib/publish/head';
import { oembedPath, oembedResponse } from '../src/lib/publish/oembed';
import {
  embedChart,
  pageCard,
  pageFiles,
  pageNames,
  pagePath,
  type PageName,
} from '../src/lib/publish/pages';
import { editionIds, editions, type EditionId } from '../src/lib/editions/editions';
import { hreflangProblems } from '../src/lib/publish/hreflang';
import { publicUrl } from '../src/lib/publish/site';
import {
  datasetJsonLd,
  newsArticle,
  translatedAuthors,
  type DataFile,
  type Publisher,
  type SiteImage,
} from '../src/lib/publish/structuredData';

export interface PublishOptions {
  /** The story's public address with a trailing slash (siteAddress() in src/lib/publish/site.ts). */
  siteUrl?: string;
  /** The newsroom's name (SITE_NAME); defaults to the host of the address. */
  siteName?: string;
  /** The files writeDownloads() wrote into data/, as it returned them. */
  downloads: string[];
  log?: (message: string) => void;
  /** Each edition built, with its dataset in its words; English alone (`dataset`) by default. */
  editions?: Partial<Record<EditionId, Dataset>>;
}

/** Width and height of a PNG, from its header; undefined for a missing file or another format. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  if (!existsSync(file)) return undefined;
  const head = readFileSync(file).subarray(0, 24);
  if (
    head.length < 24 ||
    head.toString('latin1', 1, 4) !== 'PNG' ||
    head.toString('latin1', 12, 16) !== 'IHDR'
  )
    return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

const mediaTypes: Record<string, string> = { '.json': 'application/json', '.csv': 'text/csv' };

/** The downloads as the Dataset's distribution: exactly the files written, each with its media type. */
export function dataFiles(written: string[]): DataFile[] {
  return written.map((file) => {
    const encodingFormat = mediaTypes[extname(file)];
    if (!encodingFormat) throw new Error(`data/${file}: no media type for the Dataset's distribution`);
    const name = downloads.find((d) => d.file === file)?.label;
    return { path: `data/${file}`, encodingFormat, ...(name && { name }) };
  });
}

export function writePublishing(siteDir: string, dataset: Dataset, options: PublishOptions): string[] {
  const { siteUrl } = options;
  const log = options.log ?? (() => {});
  const byEdition = options.editions ?? { en: dataset };
  const built = editionIds.filter((id) => byEdition[id]);
  const name = options.siteName?.trim() || (siteUrl && new URL(siteUrl).hostname);
  const publisher: Publisher | undefined = name ? { name } : undefined;
  const written: string[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(join(siteDir, path), text);
    written.push(path);
  };

  for (const id of built) {
    const edition = editions[id];
    const data = byEdition[id]!;
    const { story } = data;
    const at = (path: string) => edition.path + path;
    /** A card's picture as built (images.ts makes them with Chromium; without it there are none). */
    const imageOf = (page: PageName): SiteImage | undefined => {
      const path = at(pageCard(page, story).image);
      const size = pngSize(join(siteDir, path));
      return size && { path, ...size };
    };

    const oembeds = new Set<ChartName>();
    if (siteUrl && publisher) {
      for (const page of pageNames) {
        const chart = embedChart(page);
        if (!chart) continue;
        const response = oembedResponse(chart, story, {
          siteUrl,
          editionUrl: publicUrl(siteUrl, edition.path),
          publisher,
          thumbnail: imageOf(page),
        });
        write(at(oembedPath(chart)), JSON.stringify(response, null, 2) + '\n');
        oembeds.add(chart);
      }
    }

    const authors = id === 'en' ? undefined : translatedAuthors(dataset.story.byline, story.byline);
    const context = { siteUrl, publisher, edition, built, authors };
    for (const page of pageNames) {
      const image = imageOf(page);
      const jsonLd =
        page === 'story'
          ? newsArticle(story, { ...context, image })
          : page === 'data'
            ? datasetJsonLd(data, { ...context, files: dataFiles(options.downloads) })
            : undefined;
      const chart = embedChart(page);
      const tags = headTags(page, {
        story,
        siteUrl,
        siteName: options.siteName?.trim() || undefined,
        image,
        jsonLd,
        oembed: !!chart && oembeds.has(chart),
        edition,
        built,
      });
      const file = join(siteDir, at(pageFiles[page]));
      const html = readFileSync(file, 'utf8');
      if (html.split('</head>').length !== 2) throw new Error(`${at(pageFiles[page])}: expected one </head>`);
      writeFileSync(
        file,
        html.replace('</head>', () => `  ${tags.join('\n    ')}\n  </head>`),
      );
    }
  }

  if (siteUrl) {
    // Search engines ignore hreflang that is not reciprocated: check every page as written.
    const pages = built.flatMap((id) =>
      pageNames.map((page) => ({
        url: publicUrl(siteUrl, editions[id].path + pagePath(page)),
        html: readFileSync(join(siteDir, editions[id].path + pageFiles[page]), 'utf8'),
      })),
    );
    const problems = hreflangProblems(pages);
    if (problems.length) throw new Error(`hreflang links are not reciprocal:\n  ${problems.join('\n  ')}`);
    const lastmod = dataset.story.updated ?? dataset.story.published;
    write(
      'sitemap.xml',
      sitemapXml(
        siteUrl,
        built.flatMap((id) => [
          { path: editions[id].path, lastmod },
          { path: `${editions[id].path}data/`, lastmod },
        ]),
      ),
    );
    write('robots.txt', robotsTxt(siteUrl));
  } else {
    log(
      'SITE_URL is not set: no canonical links, hreflang alternates, absolute og:image/twitter:image ' +
        '(social cards need them), oEmbed, or sitemap; build with SITE_URL=https://… (the public address) to publish.',
    );
  }
  return written;
}
