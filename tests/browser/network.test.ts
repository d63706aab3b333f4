// The relationship diagram in the built site, in every edition (each story step's nodes, links and labels
// are checked on the walk through the story, steps.test.ts): labels never overlap in the whole diagram at
// 360 and 1280px, the keyboard reaches every node, cards link their sources, and the diagram is there
// without JavaScript (its text twin is tested with the data page).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Entity, Relationship, Source } from '../../src/lib/data/schema';
import { centreOf } from '../../src/lib/charts/network/compute';
import { entitiesShown } from '../../src/lib/charts/network/shown';
import { closeBrowser, openPage } from './harness';
import { citationIds } from '../../src/lib/data/provenance';
import { labelOverlaps } from './labels';
import { editionDataset, editionIds, prefixOf } from './quality-content';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const relationships = read<{ relationships: Relationship[] }>('data/relationships.json').relationships;
const sources = read<{ sources: Source[] }>('data/sources.json').sources;
const entities = read<{ entities: Entity[] }>('data/entities.json').entities;
/** The entities the whole diagram draws: those with a relationship (shown.ts). */
const drawnIds = entitiesShown({}, entities, relationships).map((e) => e.id);
afterAll(closeBrowser);

/** The diagram that shows `stepId` on the story page, or the only one on an embed page. */
const chartOf = (stepId?: string) =>
  stepId ? `[data-block]:has([data-step="${stepId}"]) [data-chart="network"]` : '[data-chart="network"]';

/** Ids drawn visibly (data-visible="true") for entities and relationships. */
async function shown(page: Page, chart: string) {
  return page.$eval(chart, (root) => ({
    nodes: [...root.querySelectorAll('[data-entity][data-visible="true"]')].map((e) =>
      e.getAttribute('data-entity')!,
    ),
    links: [...root.querySelectorAll('[data-relationship][data-visible="true"]')].map((e) =>
      e.getAttribute('data-relationship')!,
    ),
  }));
}

// In every edition: its names and link labels are its own words, of their own widths, and a right-to-left
// page must still let the arrow keys reach every node.
describe.each(editionIds)('the relationship diagram, %s edition', (id) => {
  const embed = `${prefixOf(id)}/embed/network/`;
  /** The edition's words for each relationship (its card prints them). */
  const labelOf = (rel: string) => editionDataset(id).relationships.find((r) => r.id === rel)!.label;

  for (const javaScript of [true, false]) {
    it(`draws every entity and relationship with its hook on ${embed} (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, problems, close } = await openPage(embed, { javaScript });
      const drawn = await shown(page, chartOf());
      expect(drawn.nodes.sort()).toEqual([...drawnIds].sort());
      expect(drawn.links.sort()).toEqual(relationships.map((r) => r.id).sort());
      expect(problems).toEqual([]);
      await close();
    });
  }

  for (const width of [360, 1280])
    it(`keeps labels apart in the full diagram of ${embed} at ${width}px`, async () => {
      const { page, problems, close } = await openPage(embed, { width, reducedMotion: true });
      expect(await labelOverlaps(page, chartOf())).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });

  for (const width of [360, 1280]) {
    it(`reaches every node by keyboard from the first Tab stop at ${width}px`, async () => {
      const { page, problems, close } = await openPage(embed, { width, reducedMotion: true });
      const root = page.locator(chartOf());
      await root.locator('[data-entity][tabindex="0"]').focus();
      const start = await page.evaluate(() => document.activeElement?.getAttribute('data-entity'));
      // The first stop is the diagram's centre: its most connected entity.
      expect(start).toBe(centreOf(entities, relationships));
      /** Where the last key took focus, then focus put on `node` for the next key: one look a key. */
      const landedThenFocus = (node: string) =>
        page.evaluate(
          ({ chart, node }) => {
            const landed = document.activeElement?.getAttribute('data-entity') ?? null;
            document.querySelector<SVGElement>(`${chart} [data-entity="${node}"]`)!.focus();
            return landed;
          },
          { chart: chartOf(), node },
        );
      // Breadth-first over arrow presses; going back to a node uses its roving tab stop. Each look at the
      // page reads where the last press landed and focuses the node the next press starts from.
      const seen = new Set([start!]);
      const queue = [start!];
      let landing = false;
      const look = async (node: string) => {
        const landed = await landedThenFocus(node);
        if (landing && landed && !seen.has(landed)) {
          seen.add(landed);
          queue.push(landed);
        }
        landing = false;
      };
      for (let at = queue.shift(); at; at = queue.shift()) {
        for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
          await look(at);
          await page.keyboard.press(key);
          landing = true;
        }
        // The last press's landing, before the queue is asked whether it is empty.
        if (!queue.length) await look(at);
      }
      expect([...seen].sort()).toEqual([...drawnIds].sort());
      // Focus is visible: the focused node draws a ring.
      const ring = await page.evaluate(
        () => getComputedStyle(document.activeElement!.querySelector('.hit')!).stroke,
      );
      expect(ring).not.toBe('none');
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('opens a card with Enter: a node lists its links, a link its claim, status and sources', async () => {
    const { page, problems, close } = await openPage(embed, { reducedMotion: true });
    const root = page.locator(chartOf());
    // The actor with the most links, and its first link: whatever the data holds.
    const degree = (id: string) => relationships.filter((r) => r.from === id || r.to === id).length;
    const actor = [...drawnIds].sort((a, b) => degree(b) - degree(a))[0];
    await root.locator(`[data-entity="${actor}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => root.getAttribute('data-card')).toBe(`node:${actor}`);
    const items = await root.locator('.card .links button').count();
    expect(items).toBe(degree(actor));
    await page.keyboard.press('Escape');
    const link = relationships.find((r) => r.from === actor || r.to === actor)!;
    await root.locator(`[data-relationship="${link.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => root.getAttribute('data-card')).toBe(`link:${link.id}`);
    const hrefs = await root
      .locator('.card .sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      citationIds(link.sources).flatMap((id) => sources.find((x) => x.id === id)?.url ?? []),
    );
    expect(await root.locator('.card .sources a').first().getAttribute('rel')).toBe('noreferrer noopener');
    expect(await root.locator('.card').textContent()).toContain(labelOf(link.id));
    expect(problems).toEqual([]);
    await close();
  });
});
