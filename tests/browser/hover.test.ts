// Hover cards in the three embeds of every edition: moving the mouse onto a mark opens its card, but a mark that the page
// scrolls under a resting mouse does not. (The browser sends `pointerover` for the second but no
// `pointermove`; a card per mark sliding past would flicker open and shut while the reader scrolls.)
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './harness';
import { editionIds, prefixOf } from './quality-content';

afterAll(closeBrowser);

interface Chart {
  path: string;
  /** The marks a mouse can hover, each identified by `id` below. */
  marks: string;
  id: string;
  /** What the open card says it is for: read from the chart's root. */
  open: (page: Page) => Promise<string>;
  /** What `open` reads while the card of the mark with this id is open. */
  expected: (id: string) => string;
}

const charts: Chart[] = [
  {
    path: '/embed/map/',
    marks: 'svg[data-map-geometry] [data-hit][tabindex="0"]',
    id: 'data-hit',
    open: (page) => page.$eval('[data-chart="map"]', (el) => el.getAttribute('data-active') ?? ''),
    expected: (id) => id,
  },
  {
    path: '/embed/network/',
    marks: '[data-entity][data-visible="true"] .hit',
    id: 'data-entity',
    open: (page) => page.$eval('[data-chart="network"]', (el) => el.getAttribute('data-card') ?? ''),
    expected: (id) => `node:${id}`,
  },
  {
    path: '/embed/timeline/',
    marks: '[data-event][data-visible="true"] .hit',
    id: 'data-event',
    open: (page) => page.$eval('[data-chart="timeline"]', (el) => el.getAttribute('data-active-event') ?? ''),
    expected: (id) => id,
  },
];

/**
 * The first mark whose centre is really on it (a country's box can be mostly sea), as its id and its
 * centre in page coordinates.
 */
async function findMark(page: Page, c: Chart) {
  return page.$$eval(
    c.marks,
    (els, idAttr) => {
      for (const el of els) {
        const r = el.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        const owner = el.closest(`[${idAttr}]`)!;
        const id = owner.getAttribute(idAttr)!;
        if (r.width > 4 && r.height > 4 && document.elementFromPoint(x, y)?.closest(`[${idAttr}]`) === owner)
          return { id, x, y: y + window.scrollY };
      }
      return null;
    },
    c.id,
  );
}

describe.each(editionIds)('hover cards, %s edition', (id) => {
  for (const c of charts)
    it(`open when the mouse moves onto a mark, not when ${prefixOf(id)}${c.path} scrolls one under a resting mouse`, async () => {
      const { page, problems, close } = await openPage(prefixOf(id) + c.path, {
        width: 1280,
        height: 700,
        reducedMotion: true,
      });
      const found = await findMark(page, c);
      expect(found).not.toBeNull();
      // Room to scroll the chart in from below the screen, as on a long article page.
      const room = 1200;
      await page.evaluate((px) => {
        document.body.style.paddingTop = `${px}px`;
        document.body.style.paddingBottom = `${px}px`;
      }, room);
      await page.waitForFunction(() => document.documentElement.scrollHeight > 3000);
      const mark = { ...found!, y: found!.y + room };

      // The mouse rests at the spot on screen where the mark will be once the page has scrolled.
      const screenY = 350;
      // Notes each element the browser says the pointer is over: it does so after a scroll, on a frame.
      await page.evaluate(() => {
        const w = window as unknown as { __over: EventTarget[] };
        w.__over = [];
        document.addEventListener('pointerover', (e) => w.__over.push(e.target!), true);
      });
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.mouse.move(mark.x, screenY);
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), mark.y - screenY);
      await expect
        .poll(() =>
          page.evaluate(
            ({ x, y, attr }) => document.elementFromPoint(x, y)?.closest(`[${attr}]`)?.getAttribute(attr),
            { x: mark.x, y: screenY, attr: c.id },
          ),
        )
        .toBe(mark.id);
      // The browser's hover update after the scroll reaches the mark; then two frames for any card it
      // would open.
      await page.waitForFunction(
        ({ x, y }) =>
          (window as unknown as { __over: EventTarget[] }).__over.includes(document.elementFromPoint(x, y)!),
        { x: mark.x, y: screenY },
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await c.open(page)).toBe('');

      // The reader moves the mouse: now the card opens.
      await page.mouse.move(mark.x + 1, screenY);
      await expect.poll(() => c.open(page)).toBe(c.expected(mark.id));
      expect(problems).toEqual([]);
      await close();
    });
});
