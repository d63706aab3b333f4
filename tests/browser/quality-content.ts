// The story's content as the data files hold it, for the quality gates.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Dataset, Source } from '../../src/lib/data/schema';
import { parseMarkup } from '../../src/lib/data/markup';
import { loadDataDir } from '../../src/lib/data/load';
import { loadEditionDir } from '../../src/lib/data/editionData';
import { editionIds, editions, type EditionId } from '../../src/lib/editions/editions';

export // The story as the page prints it: its {named values} filled from the data.
const story = loadDataDir('data').story;
export const sources = (JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: Source[] })
  .sources;
export const steps = story.sections.flatMap((s) => s.steps);
export const embedPaths = ['/embed/map/', '/embed/network/', '/embed/timeline/'];
/** Every page but the story: the data page (the charts' text twins) and the embeds. */
export const otherPaths = ['/data/', ...embedPaths];
/** A page's visits in light and then in dark, as its reader gets each: [query, colour scheme]. An embed
 * takes dark from its host's ?theme=dark (its automatic dark is the story's palette); the data page follows
 * the reader's colour scheme and takes no theme from its address. */
export const schemeVisits = (path: string): [string, 'light' | 'dark'][] => [
  ['', 'light'],
  path.includes('/embed/') ? ['?theme=dark', 'light'] : ['', 'dark'],
];
/** Every page of the site. */
export const pagePaths = ['/', ...otherPaths];

/** The editions the gates run on: English and each translation (src/lib/editions/editions.ts). */
export { editionIds };
/** Where an edition's pages are: '' for English (at the root), '/fa' for Persian. */
export const prefixOf = (id: EditionId) =>
  editions[id].path ? `/${editions[id].path.replace(/\/$/, '')}` : '';
/** The paths of an edition's pages: `inEdition('fa', otherPaths)` → /fa/data/, /fa/embed/map/… */
export const inEdition = (id: EditionId, paths: string[]) => paths.map((p) => prefixOf(id) + p);

const datasets = new Map<EditionId, Dataset>();
/** The dataset as an edition prints it: translated, its counts written its way (as the build makes it). */
export function editionDataset(id: EditionId): Dataset {
  let d = datasets.get(id);
  if (!d) {
    d = id === 'en' ? loadDataDir('data') : loadEditionDir('data', id).dataset;
    datasets.set(id, d);
  }
  return d;
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The runs of words in a piece of markup that render as unbroken text: text, emphasis, links. (A letter or
 * digit of any script: Persian and Chinese runs count as much as English ones.) */
export const textRuns = (markup: string): string[] =>
  parseMarkup(markup)
    .flatMap((t) => (t.kind === 'cite' ? [] : [squash(t.text)]))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));

/** Every piece of the story's own words that a reader must get, labelled by where it comes from; the
 * English story's by default, or an edition's. */
export const storyWords = (story = editionDataset('en').story): { where: string; runs: string[] }[] => [
  { where: 'headline', runs: [squash(story.headline)] },
  { where: 'dek', runs: [squash(story.dek)] },
  ...story.summary.map((s, i) => ({ where: `summary ${i}`, runs: textRuns(s) })),
  ...story.sections.flatMap((section) => [
    { where: `section ${section.id}`, runs: [squash(section.title)] },
    ...(section.intro ?? []).map((p, i) => ({ where: `${section.id} intro ${i}`, runs: textRuns(p) })),
    ...section.steps.map((s) => ({ where: `step ${s.id}`, runs: textRuns(s.text) })),
  ]),
  ...story.openQuestions.map((q) => ({ where: `open question ${q.id}`, runs: textRuns(q.text) })),
  ...(story.methods ?? []).map((m, i) => ({ where: `methods ${i}`, runs: textRuns(m) })),
];

/** What of the story's words and source titles is missing from a page's visible text (in the edition's
 * words, English by default). */
export async function missingWords(page: Page, id: EditionId = 'en'): Promise<string[]> {
  const text = squash(await page.evaluate(() => document.body.innerText));
  const { story, sources } = editionDataset(id);
  const missing = storyWords(story).flatMap(({ where, runs }) =>
    runs.filter((r) => !text.includes(r)).map((r) => `${where}: "${r}"`),
  );
  for (const s of sources) if (!text.includes(squash(s.title))) missing.push(`source ${s.id}: "${s.title}"`);
  return missing;
}
