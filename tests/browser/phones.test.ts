// Phones first (issue #20). (At 360 × 740, at each settled step of the story, the step's highlighted marks
// are in sight and no chart label is under 11 px: steps.test.ts, on its walks through the story.) The
// embeds draw no label under 11 px either, at 360 px and on the 1000 px page the static images are taken from, and
// nothing in those images touches their edge. No link of the whole diagram runs through
// another node's mark or label, at 360 and 1280 px, with today's data and with twice as much. Every
// edition's embeds and images are held to the same (their labels are their own words, of their own
// widths); twice the data, drawn by the English server render, is the layout's test, the same in each.
// The steps, what they highlight and the data are read from the built page and through the data loader,
// so the checks hold for any valid data.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import RelationshipDiagram from '../../src/lib/charts/RelationshipDiagram.svelte';
import { computeLayout } from '../../src/lib/charts/network/compute';
import { loadDataDir } from '../../src/lib/data/load';
import { storyGroups } from '../../scripts/prepare-network';
import { doubled, mostConnected } from '../fixtures/network/doubled';
import { closeBrowser, getBrowser, openPage } from './harness';
import { linksThroughNodes, settle } from './phones';
import { editionIds, prefixOf } from './quality-content';

const data = loadDataDir('data');
const chart = '[data-chart="network"]';
afterAll(closeBrowser);

describe.each(editionIds)('the %s embeds on a 360 × 740 phone', (id) => {
  // 360 px for phones; 1000 px is the page the static images (images/*.png) are drawn on.
  const widths = [360, 1000];
  for (const [embed, width] of ['map', 'network', 'timeline'].flatMap((e) =>
    widths.map((w) => [e, w] as const),
  ))
    it(`draws no label of the ${embed} embed under 11 px at ${width} px`, async () => {
      const { page, problems, close } = await openPage(`${prefixOf(id)}/embed/${embed}/`, {
        width,
        height: 740,
      });
      await settle(page, '[data-chart]');
      const small = await page.$eval('[data-chart]', (root) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || !n.textContent!.trim() || el.closest('.card, [role="dialog"], title, desc, style'))
            continue;
          const r = el.getBoundingClientRect();
          if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
          let size = parseFloat(getComputedStyle(el).fontSize);
          const text = el.closest('text');
          if (text) {
            const m = (text as SVGGraphicsElement).getScreenCTM();
            if (m) size *= Math.hypot(m.a, m.b);
          }
          if (size < 10.95) found.push(`${n.textContent!.trim().slice(0, 40)} (${size.toFixed(1)} px)`);
        }
        return [...new Set(found)];
      });
      expect(small).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
});

describe.each(editionIds)('the static images, %s edition', (id) => {
  // Nothing drawn touches a picture's edge: a label cut there would show as ink in its outer pixels.
  for (const image of ['map', 'network', 'timeline', 'social'])
    it(`leaves a margin of paper around ${prefixOf(id)}/images/${image}.png`, async () => {
      const { page, close } = await openPage(`${prefixOf(id)}/images/${image}.png`);
      const ink = await page.evaluate(async () => {
        const img = document.querySelector('img')!;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const { data, width, height } = g.getImageData(0, 0, canvas.width, canvas.height);
        const paper = [data[0], data[1], data[2]];
        let count = 0;
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width; x++) {
            if (x > 3 && x < width - 4 && y > 3 && y < height - 4) continue;
            const i = (y * width + x) * 4;
            if (
              Math.abs(data[i] - paper[0]) +
                Math.abs(data[i + 1] - paper[1]) +
                Math.abs(data[i + 2] - paper[2]) >
              60
            )
              count++;
          }
        return { count, width, height };
      });
      expect(ink.width).toBeGreaterThan(1000);
      expect(ink.count, `${ink.count} inked pixels at the edge`).toBe(0);
      await close();
    });
});

describe('the whole diagram', () => {
  const ends = Object.fromEntries(data.relationships.map((r) => [r.id, [r.from, r.to] as [string, string]]));
  for (const id of editionIds)
    for (const width of [360, 1280])
      it(`runs no link through another node's mark or label on the ${id} embed at ${width}px`, async () => {
        const { page, problems, close } = await openPage(`${prefixOf(id)}/embed/network/`, {
          width,
          reducedMotion: true,
        });
        await settle(page, chart);
        expect(await linksThroughNodes(page, chart, ends)).toEqual([]);
        expect(problems).toEqual([]);
        await close();
      });

  // Twice the data: a second network beside the first, and one company with twice the partners. Drawn
  // by the diagram's own server render with the built page's styles, then measured in the browser.
  const centre = mostConnected(data.entities, data.relationships);
  const variants = {
    'a second network': doubled(data.entities, data.relationships),
    'twice the partners': doubled(data.entities, data.relationships, { shareCentre: centre }),
  };
  const page = readFileSync('dist/embed/network/index.html', 'utf8');
  for (const [name, twice] of Object.entries(variants)) {
    const layout = computeLayout(twice.entities, twice.relationships, storyGroups(data.story));
    for (const width of [360, 1280])
      it(`runs no link through another node at ${width}px with twice the data (${name})`, async () => {
        const { body } = render(RelationshipDiagram, {
          props: { ...twice, sources: data.sources, layout, width, label: 'twice the data' },
        });
        const html = page.replace(
          /<div id="app">[\s\S]*<\/div>(\s*<\/body>)/,
          `<div id="app">${body}</div>$1`,
        );
        const context = await (
          await getBrowser()
        ).newContext({
          viewport: { width, height: 900 },
          javaScriptEnabled: false,
        });
        const tab = await context.newPage();
        await tab.setContent(html);
        // Every entity with a relationship (one without would float, and is not drawn).
        const linked = new Set(twice.relationships.flatMap((r) => [r.from, r.to]));
        expect(await tab.locator(`${chart} [data-entity]`).count()).toBe(linked.size);
        const twiceEnds = Object.fromEntries(
          twice.relationships.map((r) => [r.id, [r.from, r.to] as [string, string]]),
        );
        expect(await linksThroughNodes(tab, chart, twiceEnds)).toEqual([]);
        await context.close();
      });
  }
});
