// schema.org JSON-LD for search engines and link previews: a NewsArticle for the story, a Dataset for
// /data/. Every fact comes from the dataset; addresses only when the site knows its public address.
import type { Dataset, Event, Story } from '$lib/data/schema';
import { dataLicence } from './licence';
import { dataPageDescription, dataPageTitle } from './pages';
import { publicUrl } from './site';
import { editions, type Edition, type EditionId } from '$lib/editions/editions';

type Json = Record<string, unknown>;

/** A picture of the built site, with its size in pixels. */
export interface SiteImage {
  path: string;
  width: number;
  height: number;
}

/** A file the build wrote for readers to download, with its media type. */
export interface DataFile {
  /** Path inside dist/, e.g. "data/countries.csv". */
  path: string;
  encodingFormat: string;
  name?: string;
}

export interface Publisher {
  name: string;
}

/** `text` in at most `max` characters: cut at a word, and the cut marked with "…". */
export function truncateAtWord(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const words = space > 0 ? cut.slice(0, space) : cut;
  return words.replace(/[\s,;:.–—-]+$/, '') + '…';
}

/** Search engines show at most 110 characters of a NewsArticle's headline. */
export const truncateHeadline = (headline: string) => truncateAtWord(headline, 110);

// A byline that names a desk rather than people ("Staff", "Graphics desk") is an organization.
const desk = /\b(staff|desk|team|newsroom|editors|reporters|correspondents)\b/i;

/** The people (or desk) a byline names: "By Ana Li and Sam Roe" → two people. */
export function authorsOf(byline: string): Json[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ '@type': desk.test(name) ? 'Organization' : 'Person', name }));
}

// Dates are as precise as the evidence ("1994", "2015-05"): compare the start of the earliest period with
// the end of the latest one, so "2025" (some time that year) ends after "2025-10-28".
const startKey = (d: string) => (d + '-00-00').slice(0, 10);
const endKey = (d: string) => (d + '-99-99').slice(0, 10);

/** The ISO 8601 interval the events span ("1994/2025-10-28"), or one date if they share it. */
export function temporalCoverage(events: Pick<Event, 'date' | 'endDate'>[]): string | undefined {
  if (!events.length) return undefined;
  const starts = events.map((e) => e.date);
  const ends = events.map((e) => e.endDate ?? e.date);
  const first = starts.reduce((a, b) => (startKey(b) < startKey(a) ? b : a));
  const last = ends.reduce((a, b) => (endKey(b) > endKey(a) ? b : a));
  return first === last ? first : `${first}/${last}`;
}

const modified = (story: Story) => story.updated ?? story.published;

const imageObject = (siteUrl: string, image: SiteImage) => ({
  '@type': 'ImageObject',
  url: publicUrl(siteUrl, image.path),
  width: image.width,
  height: image.height,
});

export interface StructuredDataContext {
  /** The story's public address (SITE_URL); without it, everything that needs an address is left out. */
  siteUrl?: string;
  publisher?: Publisher;
  /** The page's edition (English by default) and every edition built. */
  edition?: Edition;
  built?: readonly EditionId[];
  /** A translated edition's byline read as the English one is (a desk, or people), in its own words. */
  authors?: Json[];
}

/**
 * The authors of a translated byline: whether each is a person or a desk is read from the English (the
 * desk words are English), the names from the translation when it names as many.
 */
export function translatedAuthors(englishByline: string, byline: string): Json[] {
  const english = authorsOf(englishByline);
  const names = byline.split(/\s*(?:,|،|、|&|\band\b|\sو\s|和)\s*/).filter(Boolean);
  return names.length === english.length ? english.map((a, i) => ({ ...a, name: names[i].trim() })) : english;
}

/**
 * The page's language, and how it relates to the same work in the other editions: a translation names
 * the English original (translationOfWork); the English names its translations (workTranslation).
 */
function translations(type: string, path: string, ctx: StructuredDataContext): Json {
  const { edition = editions.en, built = ['en'], siteUrl } = ctx;
  const work = (id: EditionId) => ({
    '@type': type,
    '@id': publicUrl(siteUrl!, editions[id].path + path),
    inLanguage: editions[id].lang,
  });
  const others = built.filter((id) => id !== 'en');
  return {
    inLanguage: edition.lang,
    ...(siteUrl && edition.id !== 'en' && { translationOfWork: work('en') }),
    ...(siteUrl && edition.id === 'en' && others.length && { workTranslation: others.map(work) }),
  };
}

/** The story as a schema.org NewsArticle. */
export function newsArticle(story: Story, ctx: StructuredDataContext & { image?: SiteImage }): Json {
  const url = ctx.siteUrl && publicUrl(ctx.siteUrl, ctx.edition?.path ?? '');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncateHeadline(story.headline),
    description: story.dek,
    datePublished: story.published,
    dateModified: modified(story),
    author: ctx.authors ?? authorsOf(story.byline),
    ...(ctx.publisher && { publisher: { '@type': 'Organization', name: ctx.publisher.name } }),
    ...(ctx.siteUrl && ctx.image && { image: [imageObject(ctx.siteUrl, ctx.image)] }),
    ...(url && { url, mainEntityOfPage: { '@type': 'WebPage', '@id': url } }),
    ...translations('NewsArticle', '', ctx),
  };
}

/** The data behind the story (/data/) as a schema.org Dataset, with one DataDownload per file. */
export function datasetJsonLd(dataset: Dataset, ctx: StructuredDataContext & { files: DataFile[] }): Json {
  const { story } = dataset;
  const siteUrl = ctx.siteUrl;
  const path = ctx.edition?.path ?? '';
  const coverage = temporalCoverage(dataset.events);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataPageTitle(story, ctx.edition?.id),
    description: dataPageDescription(ctx.edition?.id),
    license: dataLicence.url,
    isAccessibleForFree: true,
    creator: ctx.authors ?? authorsOf(story.byline),
    ...(ctx.publisher && { publisher: { '@type': 'Organization', name: ctx.publisher.name } }),
    datePublished: story.published,
    dateModified: modified(story),
    ...(coverage && { temporalCoverage: coverage }),
    ...(siteUrl && {
      url: publicUrl(siteUrl, `${path}data/`),
      isBasedOn: publicUrl(siteUrl, path),
      distribution: ctx.files.map((f) => ({
        '@type': 'DataDownload',
        ...(f.name && { name: f.name }),
        encodingFormat: f.encodingFormat,
        contentUrl: publicUrl(siteUrl, f.path),
      })),
    }),
    ...translations('Dataset', 'data/', ctx),
  };
}

/**
 * The JSON-LD as a <script> element. It is data, not script: a browser never runs it, so the CSP's
 * script-src does not apply. "<" is escaped so no text in the data can close the element or open a comment.
 */
export const jsonLdScript = (data: Json) =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
