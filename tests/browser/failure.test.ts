// Graceful failure: with JavaScript off, and with any one chart's script failing to load (in a translation,
// all three at once), every word of the story and every source title is still on the page, in every
// edition (in its words); and the story fetches no data that could fail.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser, origin } from './harness';
import { editionDataset, editionIds, missingWords, storyWords } from './quality-content';
import { pageAssets } from './quality-assets';
import { editions, type EditionId } from '../../src/lib/editions/editions';

afterAll(closeBrowser);

/** The built chunk of an edition's story that draws a chart: named for it, or the one holding its root
 * element. (The scripts the story can load: each embed's own script holds its chart too, but the story
 * never loads it.) */
function chunkOf(edition: EditionId, chart: string, name: RegExp): string {
  const story = pageAssets(`${editions[edition].path}index.html`);
  const assets = [...story.initialJs, ...story.lazy].filter((f) => f.endsWith('.js'));
  const byName = assets.filter((f) => name.test(basename(f)));
  const byContent = assets.filter((f) => readFileSync(f, 'utf8').includes(`data-chart="${chart}"`));
  const found = byName.length === 1 ? byName : byContent;
  if (found.length !== 1)
    throw new Error(
      `no single chunk for the ${chart} chart: ${found.map((f) => basename(f)).join(', ') || 'none'}`,
    );
  return basename(found[0]);
}
const chartsOf = (edition: EditionId) => [
  { chart: 'map', chunk: chunkOf(edition, 'map', /^FootprintMap-/) },
  { chart: 'network', chunk: chunkOf(edition, 'network', /^RelationshipDiagram-/) },
  { chart: 'timeline', chunk: chunkOf(edition, 'timeline', /^PolicyTimeline-/) },
];

/** Opens the story (an edition's: "/fa/") with the given requests failing, scrolls to the end, and reads it. */
async function openFailing(javaScript: boolean, fail: (url: URL, type: string) => boolean, path = '/') {
  const browser = await getBrowser();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const failed: string[] = [];
  const types: string[] = [];
  let pending = 0;
  page.on('request', (r) => {
    pending++;
    types.push(`${r.resourceType()} ${new URL(r.url()).pathname}`);
  });
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (fail(url, route.request().resourceType())) {
      failed.push(url.pathname);
      return route.abort('failed');
    }
    return route.continue();
  });
  await page.goto(origin() + path, { waitUntil: 'load' });
  /** Two frames (the islands' observers run in them), then until every request has been answered. */
  const quiet = async () => {
    if (!javaScript) return;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect.poll(() => pending, { timeout: 10_000 }).toBe(0);
  };
  // Down the page as a reader would: each island wakes (and loads its chart) as it comes within a screen
  // of the window (src/main.ts), so stops 1.75 screens apart leave no part of the page out of reach.
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 1400) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await quiet();
  }
  await quiet();
  return { page, failed, types, close: () => context.close() };
}

it('knows the story words and sources to look for, in every edition', () => {
  for (const id of editionIds) {
    const { story, sources } = editionDataset(id);
    expect(storyWords(story).flatMap((w) => w.runs).length, id).toBeGreaterThan(30);
    expect(sources.length, id).toBeGreaterThan(5);
  }
});

// Each edition is its own build of the same islands, in its own words.
describe.each(editionIds)('graceful failure, %s edition', (id) => {
  const path = `/${editions[id].path}`;
  it(`gives every word, every source and every chart of ${path} with JavaScript off`, async () => {
    const { page, types, close } = await openFailing(false, () => false, path);
    expect(types.filter((t) => t.startsWith('script'))).toEqual([]);
    expect(await missingWords(page, id)).toEqual([]);
    const charts = await page
      .locator('[data-chart]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
    expect(new Set(charts)).toEqual(new Set(['map', 'network', 'timeline']));
    await close();
  });

  // Each chart's script failing alone, the others loading: every word stays. Every chart's data is in its
  // script, so nothing is fetched at run time and there is no data fetch to fail; each scroll checks that
  // too (each chart loads in two of the three). Should a fetch be added, this fails, and a test that it
  // fails gracefully belongs here.
  // Each chart's script failing on its own in the English story; in a translation, all three at once (the
  // same code fails the same way in every edition: what a translation adds is its words, checked here).
  const failing =
    id === 'en'
      ? chartsOf(id).map(({ chart, chunk }) => ({
          what: `the ${chart} chart's script (${chunk})`,
          chunks: [chunk],
        }))
      : [{ what: "every chart's script", chunks: chartsOf(id).map((c) => c.chunk) }];
  for (const { what, chunks } of failing) {
    it(`keeps every word and source of ${path} when ${what} fails to load, and fetches no data`, async () => {
      const { page, failed, types, close } = await openFailing(
        true,
        (url) => chunks.some((chunk) => url.pathname.endsWith(`/${chunk}`)),
        path,
      );
      expect(new Set(failed.map((f) => basename(f)))).toEqual(new Set(chunks));
      expect(types.filter((t) => t.startsWith('script')).length).toBeGreaterThan(1);
      expect(types.filter((t) => /^(fetch|xhr|websocket|eventsource) /.test(t))).toEqual([]);
      expect(await missingWords(page, id)).toEqual([]);
      await close();
    });
  }
});
