// Accessibility, in every edition: axe-core with the WCAG 2.0–2.2 A/AA rules finds nothing on the story at
// the top, in light and dark (at every step of the story: steps.test.ts; on the data page and each embed:
// csp-privacy-a11y.test.ts, on the same visits as their CSP and privacy checks); a keyboard reader reaches
// every control and chart datum and always sees where focus is; landmarks and headings make a sensible
// outline.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, outlineProblems } from './axe';
import { closeBrowser, openPage } from './harness';
import { settle } from './phones';
import { editionIds, prefixOf } from './quality-content';
import { installFocusProbe } from './quality-focus';

afterAll(closeBrowser);

const setScheme = (page: Page, colorScheme: 'light' | 'dark') => page.emulateMedia({ colorScheme });

// Every edition, its story and its other pages, in light and dark: a translation brings its own labels,
// names, language, direction and font.
describe.each(editionIds)('axe (WCAG 2.2 A/AA), %s edition', (id) => {
  const at = prefixOf(id);
  const schemes = ['light', 'dark'] as const;
  it(
    `finds nothing on the whole story at ${at}/ at the top, light and dark, and its outline is sound`,
    { timeout: 150_000 },
    async () => {
      const { page, close } = await openPage(`${at}/`, { reducedMotion: true });
      const found: Record<string, string[]> = {};
      for (const scheme of schemes) {
        await setScheme(page, scheme);
        found[scheme] = await axe(page, { coloursOnly: scheme === 'dark' });
      }
      expect(found).toEqual(Object.fromEntries(schemes.map((s) => [s, []])));
      // One main, one h1, no level skipped, on the same visit.
      expect(await outlineProblems(page), 'outline').toEqual([]);
      await close();
    },
  );
});

// The checks above pass only if axe, as run here, can fail: planted faults are found, in the part asked for
// and not outside it, and a page with a frame (which axe.run in the page would not enter) is refused.
describe('axe as these tests run it', () => {
  it('finds a planted image without words and low-contrast text, only where asked, and refuses frames', async () => {
    const { page, close } = await openPage('/embed/timeline/', { width: 400, height: 700 });
    await page.evaluate(() => {
      const plant = document.createElement('div');
      plant.id = 'planted';
      plant.innerHTML = '<img src="/favicon.png" width="20" height="20"><p>faint words</p>';
      // Through the CSSOM: the page's policy refuses a style attribute.
      Object.assign(plant.querySelector('p')!.style, { color: '#777', background: '#888' });
      document.body.append(plant);
    });
    const rules = (found: string[]) => found.map((v) => v.split(' ')[0]).sort();
    expect(rules(await axe(page))).toEqual(['color-contrast', 'image-alt']);
    expect(rules(await axe(page, { coloursOnly: true }))).toEqual(['color-contrast']);
    expect(await axe(page, { include: ['main'] })).toEqual([]);
    await page.evaluate(() => document.body.append(document.createElement('iframe')));
    await expect(axe(page)).rejects.toThrow(/frame/);
    await close();
  });
});

interface Stop {
  desc: string;
  outline: boolean;
  size: number;
}

// Each edition's story: a right-to-left page reverses where things are, and focus must still show.
describe.each(editionIds)('keyboard, %s edition', (id) => {
  it(
    `reaches every control and chart datum of ${prefixOf(id)}/ from the top with Tab, always with visible focus`,
    { timeout: 120_000 },
    async () => {
      const { page, problems, close } = await openPage(`${prefixOf(id)}/`, {
        reducedMotion: true,
        initScript: installFocusProbe,
      });
      await settle(page, 'body');
      type Walk = { stops: Stop[]; traps: string[]; lost: string[]; clones: string[]; done: boolean };
      type W = Record<string, (el?: Element) => unknown> & {
        __walk: Element[];
        __expected: Element[];
        __tabWalk: Walk;
      };
      const expected = await page.evaluate(() => {
        const w = window as unknown as W;
        w.__expected = w.__controls() as Element[];
        w.__startTabWalk();
        return w.__expected.length;
      });
      expect(expected).toBeGreaterThan(10);

      // The page records each Tab as it lands (quality-focus.ts): a look at the page between Tabs would
      // cost a round trip per stop.
      for (let pressed = 0; pressed < 3000; pressed += 20) {
        for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
        if (await page.evaluate(() => (window as unknown as W).__tabWalk.done)) break;
      }
      const { stops, traps, lost, clones } = await page.evaluate(() => (window as unknown as W).__tabWalk);
      const unseen = new Set<string>();

      // A stop without an outline must show focus some other way: check each right where it is drawn.
      type Probe = {
        __beforeTab: (i: number) => Promise<boolean>;
        __afterTab: (i: number) => Promise<boolean | null>;
      };
      for (const [i, stop] of stops.entries()) {
        if (stop.size === 0) unseen.add(`${stop.desc} (has no size)`);
        if (stop.outline || stop.size === 0) continue;
        if (!(await page.evaluate((i) => (window as unknown as Probe).__beforeTab(i), i))) continue;
        await page.keyboard.press('Tab');
        const changed = await page.evaluate((i) => (window as unknown as Probe).__afterTab(i), i);
        if (changed === false) unseen.add(`${stop.desc} (no outline, and focusing it changes nothing drawn)`);
      }

      const report = await page.evaluate(() => {
        const w = window as unknown as W;
        (document.activeElement as HTMLElement | null)?.blur();
        const reached = new Set(w.__walk);
        return {
          missed: w.__expected
            .filter((el) => !reached.has(el) && el.isConnected)
            .map((el) => w.__describe(el) as string),
          csp: [...new Set((window as unknown as { __csp: string[] }).__csp)],
        };
      });
      console.log(`keyboard walk: ${stops.length} stops, ${expected} controls expected`);
      expect({
        /** Focus stuck on one element. */
        traps,
        /** Elements after which focus fell back to the document: the reader loses their place. */
        lost,
        /** Tab stops inside <use> copies of a focusable shape (the shape gets two stops). */
        clones,
        /** Controls Tab never reached. */
        missed: report.missed,
        /** Focused without a visible indicator. */
        unseen: [...unseen],
        /** CSP violations, console errors and page errors while walking (cards opened by focus…). */
        errors: [...report.csp, ...problems],
      }).toEqual({ traps: [], lost: [], clones: [], missed: [], unseen: [], errors: [] });
      await close();
    },
  );
});
