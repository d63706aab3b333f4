// Graceful failure: with JavaScript off, and with any one chart's script (or any data fetch) failing to
// load, every word of the story and every source title is still on the page.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser, origin } from './harness';
import { missingWords, storyWords, sources } from './quality-content';
import { pageAssets } from './quality-assets';

afterAll(closeBrowser);

// The scripts the story can load (each embed's own script holds its chart too, but the story never loads it).
const story = pageAssets('index.html');
const assets = [...story.initialJs, ...story.lazy].filter((f) => f.endsWith('.js'));
/** The built chunk of the story that draws a chart: named for it, or the one holding its root element. */
function chunkOf(chart: string, name: RegExp): string {
  const byName = assets.filter((f) => name.test(basename(f)));
  const byContent = assets.filter((f) => readFileSync(f, 'utf8').includes(`data-chart="${chart}"`));
  const found = byName.length === 1 ? byName : byContent;
  if (found.length !== 1)
    throw new Error(
      `no single chunk for the ${chart} chart: ${found.map((f) => basename(f)).join(', ') || 'none'}`,
    );
  return basename(found[0]);
}
const charts = [
  { chart: 'map', chunk: chunkOf('map', /^FootprintMap-/) },
  { chart: 'network', chunk: chunkOf('network', /^RelationshipDiagram-/) },
  { chart: 'timeline', chunk: chunkOf('timeline', /^PolicyTimeline-/) },
];

/** Opens the story with the given requests failing, scrolls to the end and back, and reads it. */
async function openFailing(javaScript: boolean, fail: (url: URL, type: string) => boolean) {
  const browser = await getBrowser();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const failed: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (fail(url, route.request().resourceType())) {
      failed.push(url.pathname);
      return route.abort('failed');
    }
    return route.continue();
  });
  await page.goto(origin() + '/', { waitUntil: 'load' });
  await page.waitForTimeout(javaScript ? 500 : 0);
  // Down the page a screen at a time, as a reader would: each island wakes (and fetches its chart) as it nears.
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(javaScript ? 60 : 0);
  }
  await page.waitForTimeout(javaScript ? 300 : 0);
  return { page, failed, close: () => context.close() };
}

describe('graceful failure', () => {
  it('knows the story words and sources to look for', () => {
    expect(storyWords().flatMap((w) => w.runs).length).toBeGreaterThan(30);
    expect(sources.length).toBeGreaterThan(5);
  });

  it('gives every word and every source with JavaScript off', async () => {
    const { page, close } = await openFailing(false, () => false);
    expect(await missingWords(page)).toEqual([]);
    await close();
  });

  for (const { chart, chunk } of charts) {
    it(`keeps every word and source when the ${chart} chart's script (${chunk}) fails to load`, async () => {
      const { page, failed, close } = await openFailing(true, (url) => url.pathname.endsWith(`/${chunk}`));
      expect(failed.length).toBeGreaterThan(0);
      expect(await missingWords(page)).toEqual([]);
      await close();
    });
  }

  it('keeps every word and source when every data fetch fails', async () => {
    const { page, close } = await openFailing(true, (url, type) => type === 'fetch' || type === 'xhr');
    expect(await missingWords(page)).toEqual([]);
    await close();
  });
});
