// The relationship diagram in the built site: each story step shows the right nodes and links, labels
// never overlap at 360 and 1280px, the keyboard reaches every node, cards link their sources, and the
// diagram is there without JavaScript (its text twin is tested with the data page).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Entity, NetworkView, Relationship, Source, Story } from '../../src/lib/data/schema';
import { centreOf } from '../../src/lib/charts/network/compute';
import { entitiesShown, relationshipsShown } from '../../src/lib/charts/network/shown';
import { closeBrowser, openPage, scrollToStep } from './harness';
import { citationIds } from '../../src/lib/data/provenance';
import { labelOverlaps } from './labels';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const story = read<Story>('data/story.json');
const relationships = read<{ relationships: Relationship[] }>('data/relationships.json').relationships;
const sources = read<{ sources: Source[] }>('data/sources.json').sources;
const entities = read<{ entities: Entity[] }>('data/entities.json').entities;
const entityIds = entities.map((e) => e.id);
/** The entities the whole diagram draws: those with a relationship (shown.ts). */
const drawnIds = entitiesShown({}, entities, relationships).map((e) => e.id);
const steps = story.sections.flatMap((s) => s.steps).filter((s) => s.view.chart === 'network');
const views = steps.map((s) => [s.id, s.view as NetworkView] as const);
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

describe('the relationship diagram', () => {
  for (const javaScript of [true, false]) {
    it(`draws every entity and relationship with its hook on the embed (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, problems, close } = await openPage('/embed/network/', { javaScript });
      const drawn = await shown(page, chartOf());
      expect(drawn.nodes.sort()).toEqual([...drawnIds].sort());
      expect(drawn.links.sort()).toEqual(relationships.map((r) => r.id).sort());
      expect(problems).toEqual([]);
      await close();
    });
  }

  for (const width of [360, 1280]) {
    it(`shows each network step's nodes and links, with no label overlap, at ${width}px`, async () => {
      const { page, problems, close } = await openPage('/', {
        width,
        height: width < 600 ? 740 : 800,
        reducedMotion: true,
      });
      for (const [id, view] of views) {
        await scrollToStep(page, id);
        const chart = chartOf(id);
        await page.waitForSelector(`${chart}[data-view-nodes="${view.nodes?.join(' ') ?? 'all'}"]`);
        const drawn = await shown(page, chart);
        // The links it reveals (else all between its nodes), and the nodes they join: no node floats.
        const expected = relationshipsShown(view, relationships).map((r) => r.id);
        expect(drawn.links.sort(), id).toEqual(expected.sort());
        const ends = new Set(relationshipsShown(view, relationships).flatMap((r) => [r.from, r.to]));
        expect(drawn.nodes.sort(), id).toEqual((view.nodes ?? entityIds).filter((e) => ends.has(e)).sort());
        expect(await labelOverlaps(page, chart), `${id} at ${width}px`).toEqual([]);
      }
      expect(problems).toEqual([]);
      await close();
    });

    it(`keeps labels apart in the full diagram at ${width}px`, async () => {
      const { page, problems, close } = await openPage('/embed/network/', { width, reducedMotion: true });
      expect(await labelOverlaps(page, chartOf())).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('slides the tall phone diagram to what each step highlights, once the last step has faded', async () => {
    const { page, problems, close } = await openPage('/', { width: 360, height: 740 });
    for (const [id] of views) {
      await scrollToStep(page, id);
      await page.waitForTimeout(1000); // the fades (400 ms), then the slide (450 ms)
      const seen = await page.evaluate((id) => {
        const graphic = document.querySelector(`[data-active-step="${id}"]`)!;
        const area = graphic.querySelector('.chart-area')!.getBoundingClientRect();
        const bottom = graphic.getBoundingClientRect().bottom;
        const marks = [...graphic.querySelectorAll('.node.focus[data-entity]')].map((el) => {
          const r = el.querySelector('.symbol')!.getBoundingClientRect();
          return { id: el.getAttribute('data-entity')!, top: r.top, bottom: r.bottom };
        });
        // What the chart says the step is about (nodes, their labels and links), in page pixels.
        const svg = graphic.querySelector('svg[data-focus]');
        const [from, to] = (svg?.getAttribute('data-focus') ?? '0 0').split(' ').map(Number);
        const box = svg?.getBoundingClientRect();
        const k = box ? box.height / (Number(svg!.getAttribute('height')) || box.height || 1) : 1;
        return { top: area.top, bottom, marks, focus: (to - from) * k };
      }, id);
      // What src/lib/story/pan.ts promises, for any data: the highlighted marks all in view when what the
      // chart says the step is about fits in the window (16 px margins), else the first of them.
      const inView = (m: { top: number; bottom: number }) =>
        m.top >= seen.top - 1 && m.bottom <= seen.bottom + 1;
      const where = (m: { id: string; top: number; bottom: number }) =>
        `${id}: ${m.id} at ${Math.round(m.top)}–${Math.round(m.bottom)}, window ${seen.top}–${seen.bottom}`;
      if (!seen.marks.length) continue;
      const first = seen.marks.reduce((a, b) => (b.top < a.top ? b : a));
      expect(inView(first), where(first)).toBe(true);
      if (seen.focus <= seen.bottom - seen.top - 32)
        for (const m of seen.marks) expect(inView(m), where(m)).toBe(true);
    }
    expect(problems.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
    await close();
  });

  it("draws a step's revealed links and highlighted actors, and none of the actors it leaves out", async () => {
    const { page, problems, close } = await openPage('/', { reducedMotion: true });
    // Read from story.json, whatever its steps are: the first that reveals links, and the first that
    // shows only some of the actors.
    const revealing = steps.find((s) => (s.view as NetworkView).reveal?.length) ?? steps[0];
    const partial = steps.find((s) => ((s.view as NetworkView).nodes?.length ?? Infinity) < entityIds.length);
    for (const step of [revealing, partial]) {
      if (!step) continue;
      const view = step.view as NetworkView;
      await scrollToStep(page, step.id);
      const drawn = await shown(page, chartOf(step.id));
      expect(drawn.links).toEqual(expect.arrayContaining(view.reveal ?? []));
      const highlightedActors = (view.highlight ?? []).filter((id) => entityIds.includes(id));
      expect(drawn.nodes).toEqual(expect.arrayContaining(highlightedActors));
      for (const id of entityIds.filter((e) => view.nodes && !view.nodes.includes(e)))
        expect(drawn.nodes, step.id).not.toContain(id);
    }
    expect(problems).toEqual([]);
    await close();
  });

  for (const width of [360, 1280]) {
    it(`reaches every node by keyboard from the first Tab stop at ${width}px`, async () => {
      const { page, problems, close } = await openPage('/embed/network/', { width, reducedMotion: true });
      const root = page.locator(chartOf());
      await root.locator('[data-entity][tabindex="0"]').focus();
      const start = await page.evaluate(() => document.activeElement?.getAttribute('data-entity'));
      // The first stop is the diagram's centre: its most connected entity.
      expect(start).toBe(centreOf(entities, relationships));
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-entity') ?? null);
      // Breadth-first over arrow presses; going back to a node uses its roving tab stop.
      const seen = new Set([start!]);
      const queue = [start!];
      while (queue.length) {
        const at = queue.shift()!;
        for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
          await root.locator(`[data-entity="${at}"]`).focus();
          await page.keyboard.press(key);
          const next = await focused();
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
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
    const { page, problems, close } = await openPage('/embed/network/', { reducedMotion: true });
    const root = page.locator(chartOf());
    // The actor with the most links, and its first link: whatever the data holds.
    const degree = (id: string) => relationships.filter((r) => r.from === id || r.to === id).length;
    const actor = [...entityIds].sort((a, b) => degree(b) - degree(a))[0];
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
    expect(await root.locator('.card').textContent()).toContain(link.label);
    expect(problems).toEqual([]);
    await close();
  });
});
