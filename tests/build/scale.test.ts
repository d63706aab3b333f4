// The site at the size the company claims: 60 countries (island states among them) and twice today's
// actors, links and events (scripts/scale-data.ts, generated from a seed). One build, then what readers
// would notice: every country on the map, labels apart at a phone's and a desktop's width in every whole
// chart, and the story inside its byte budgets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { scaleSize } from '../../scripts/scale-data';
import { loadDataDir } from '../../src/lib/data/load';
import type { Dataset } from '../../src/lib/data/schema';
import { boxOverlaps, labelOverlaps, mapLabelBoxes, timelineLabelBoxes } from '../browser/labels';
import { overBudget } from '../browser/quality-assets';
import { closeBrowser, getBrowser } from '../browser/harness';
import { scaleSite } from './sites';

let site = '';
let data: Dataset;
let server: PreviewServer;
let origin = '';

beforeAll(async () => {
  // Built once per run, shared with build.test.ts (tests/build/sites.ts).
  ({ site } = await scaleSite());
  data = loadDataDir((await scaleSite()).dataDir);
  server = await preview({
    logLevel: 'silent',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  origin = `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}`;
}, 400_000);
afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

const open = async (path: string, width: number) => {
  const page = await (
    await getBrowser()
  ).newPage({
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
