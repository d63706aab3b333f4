// The site at the size the company claims: 60 countries (island states among them) and twice today's
// actors, links and events (scripts/scale-data.ts, generated from a seed). One build, then what readers
// would notice: every country on the map, labels apart at a phone's and a desktop's width in every whole
// chart, and the story inside its byte budgets.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { buildSite } from '../../scripts/build';
import { scaleSize, writeScaleData } from '../../scripts/scale-data';
import { loadDataDir } from '../../src/lib/data/load';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium';
import { boxOverlaps, labelOverlaps, mapLabelBoxes, timelineLabelBoxes } from '../browser/labels';
import { overBudget } from '../browser/quality-assets';

mkdirSync('.build-tmp', { recursive: true });
const work = mkdtempSync(join(process.cwd(), '.build-tmp', 'scale-'));
const dataDir = writeScaleData(join(work, 'data'));
const site = join(work, 'site');
const data = loadDataDir(dataDir);
let server: PreviewServer;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  // The PNG pictures are left out: they need a browser of their own and say nothing about scale.
  await buildSite({ outDir: site, dataDir, quiet: true, pngs: false });
  server = await preview({
    logLevel: 'silent',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  origin = `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const open = async (path: string, width: number) => {
  const page = await browser.newPage({
    viewport: { width, height: width < 600 ? 740 : 800 },
    reducedMotion: 'reduce',
  });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, problems };
};

describe('the site at scale', () => {
  it('is built from the fixture: 60 countries and twice today’s actors, links and events', () => {
    expect(data.countries).toHaveLength(scaleSize.countries);
    expect(data.entities).toHaveLength(scaleSize.entities);
    expect(data.relationships).toHaveLength(scaleSize.relationships);
    expect(data.events).toHaveLength(scaleSize.events);
  });

  it('draws all 60 countries on the map, the island states as markers, each with its status', async () => {
    const { page, problems } = await open('/embed/map/', 1280);
    const drawn = await page.$$eval(
      '[data-chart="map"] svg[data-map-geometry] [data-hit][data-status]',
      (els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute('data-hit'), e.getAttribute('data-status')])),
    );
    expect(drawn).toEqual(Object.fromEntries(data.countries.map((c) => [c.iso3, c.status])));
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const width of [360, 1280])
    it(`keeps labels apart in every whole chart at ${width}px`, async () => {
      const found: string[] = [];
      for (const chart of ['map', 'network', 'timeline']) {
        const { page, problems } = await open(`/embed/${chart}/`, width);
        const root = `[data-chart="${chart}"]`;
        if (chart === 'network') found.push(...(await labelOverlaps(page, root)).map((p) => `network: ${p}`));
        else {
          const boxes =
            chart === 'map' ? await mapLabelBoxes(page, root) : await timelineLabelBoxes(page, root);
          if (chart === 'timeline') expect(boxes.length).toBeGreaterThan(0);
          found.push(...boxOverlaps(boxes).map((p) => `${chart}: ${p}`));
          for (const b of boxes)
            if (b.left < -0.5 || b.right > width + 0.5) found.push(`${chart}: ${b.id} is cut off`);
        }
        found.push(...problems.map((p) => `${chart}: ${p}`));
        await page.close();
      }
      expect(found).toEqual([]);
    });

  it('stays inside the byte budgets', () => {
    expect(overBudget(site)).toEqual([]);
  });
});
