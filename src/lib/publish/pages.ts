// The site's pages, and what each one says about itself when it is shared: its social card.
import type { ChartName, Story } from '$lib/data/schema';
import { chartNames } from '$lib/charts/registry';
import type { EditionId } from '$lib/editions/editions';
import { m } from '$lib/paraglide/messages.js';

/** The story, the data page, and one embed per chart kind (src/lib/charts/registry.ts). */
export type PageName = 'story' | 'data' | `embed-${ChartName}`;

/** Page name → path of its HTML file inside dist/. src/entry-server.ts renders the same list. */
export const pageFiles = {
  story: 'index.html',
  data: 'data/index.html',
  ...Object.fromEntries(chartNames.map((c) => [`embed-${c}`, `embed/${c}/index.html`])),
} as Record<PageName, string>;

export const pageNames = Object.keys(pageFiles) as PageName[];

/** A page's address relative to the site's root: "", "data/", "embed/map/". */
export const pagePath = (page: PageName) => pageFiles[page].replace(/index\.html$/, '');

/** The chart an embed page shows, or undefined for the story and the data page. */
export const embedChart = (page: PageName): ChartName | undefined =>
  page.startsWith('embed-') ? (page.slice('embed-'.length) as ChartName) : undefined;

/** The data page's title and description in an edition's words (its build gives only its own; Node's
 * publishing step, which writes every edition, names the locale). */
export const dataPageTitle = (story: Story, locale: EditionId = 'en') =>
  m.data_page_title({ headline: story.headline }, { locale });
export const dataPageDescription = (locale: EditionId = 'en') => m.data_page_description({}, { locale });

export interface Card {
  type: 'article' | 'website';
  title: string;
  description: string;
  /** The card's picture: a file of the built site (images.ts writes them). */
  image: string;
  imageAlt: string;
}

/** The social card of a page: the story and /data/ share the story's picture; an embed shows its chart. */
export function pageCard(page: PageName, story: Story, locale: EditionId = 'en'): Card {
  const chart = embedChart(page);
  if (chart) {
    const figure = story.figures[chart];
    return {
      type: 'website',
      title: figure.title,
      description: figure.description,
      image: `images/${chart}.png`,
      imageAlt: figure.alt,
    };
  }
  // images/social.png is the map's embed at 1200×630.
  const picture = { image: 'images/social.png', imageAlt: story.figures.map.alt };
  if (page === 'data')
    return {
      type: 'website',
      title: dataPageTitle(story, locale),
      description: dataPageDescription(locale),
      ...picture,
    };
  return { type: 'article', title: story.headline, description: story.dek, ...picture };
}
