// Accessibility: axe-core with the WCAG 2.0–2.2 A/AA rules finds nothing on the story at the top or on any
// embed, in light and dark (at every step of the story: steps.test.ts); a keyboard reader reaches every control and chart datum
// and always sees where focus is; landmarks and headings make a sensible outline.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './harness';
import { settle } from './phones';
import { otherPaths, pagePaths } from './quality-content';
import { installFocusProbe } from './quality-focus';

afterAll(closeBrowser);

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules a colour scheme can change: a page passes the rest in light, and a dark run only needs these
 * (halving the longest runs on a 2-core machine). */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe's violations in a short, readable form: rule, impact, and the first few elements. */
async function axe(page: Page, { coloursOnly = false } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  builder = coloursOnly ? builder.withRules(colourRules) : builder.withTags(tags);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × ` +
      v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(', '),
  );
}
const setScheme = (page: Page, colorScheme: 'light' | 'dark') => page.emulateMedia({ colorScheme });

describe('axe (WCAG 2.2 A/AA)', () => {
  it('finds nothing on the whole story at the top, light and dark', { timeout: 150_000 }, async () => {
    const { page, close } = await openPage('/', { reducedMotion: true });
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await setScheme(page, scheme);
      found[scheme] = await axe(page, { coloursOnly: scheme === 'dark' });
    }
    expect(found).toEqual({ light: [], dark: [] });
    await close();
  });

  for (const path of otherPaths) {
    // One full axe run in light, then the colour rules in dark: /data/ follows the reader's scheme, an
    // embed the host's ?theme=dark (its automatic dark is the same palette, checked on the story).
    const dark = path.startsWith('/embed/') ? (['?theme=dark', 'light'] as const) : (['', 'dark'] as const);
    it(`finds nothing on ${path} in light and dark`, { timeout: 180_000 }, async () => {
      const found: string[] = [];
      for (const [query, colorScheme] of [['', 'light'] as const, dark]) {
        const { page, close } = await openPage(path + query, { colorScheme, width: 400, height: 700 });
        const coloursOnly = query !== '' || colorScheme === 'dark';
        for (const v of await axe(page, { coloursOnly })) found.push(`${query || colorScheme}: ${v}`);
        await close();
      }
      expect(found).toEqual([]);
    });
  }
});

interface Stop {
  desc: string;
  clone: boolean;
  outline: boolean;
  size: number;
}

describe('keyboard', () => {
  it(
    'reaches every control and chart datum from the top with Tab, always with visible focus',
    { timeout: 120_000 },
    async () => {
      const { page, problems, close } = await openPage('/', {
        reducedMotion: true,
        initScript: installFocusProbe,
      });
      await settle(page, 'body');
      type W = Record<string, (el?: Element) => unknown> & { __walk: Element[]; __expected: Element[] };
      const expected = await page.evaluate(() => {
        const w = window as unknown as W;
        w.__expected = w.__controls() as Element[];
        w.__walk = [];
        return w.__expected.length;
      });
      expect(expected).toBeGreaterThan(10);

      const stops: Stop[] = [];
      const traps: string[] = [];
      const unseen = new Set<string>();
      const lost: string[] = [];
      const clones: string[] = [];
      let outs = 0;
      for (let i = 0; i < 3000; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const w = window as unknown as W;
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return 'out';
          if (w.__walk[0] === el) return 'wrapped';
          const last = w.__walk.at(-1);
          w.__walk.push(el);
          const r = el.getBoundingClientRect();
          return {
            desc: w.__describe(el) as string,
            outline: w.__hasOutline(el) as boolean,
            size: r.width * r.height,
            again: last === el,
            // Focus inside an SVG <use> clone: the same datum twice in the Tab order, once as a copy.
            clone: el.tagName.toLowerCase() === 'use',
          };
        });
        if (stop === 'wrapped') break;
        // Past the last control Chromium puts focus on the document; the next Tab wraps to the first.
        if (stop === 'out') {
          if (++outs > 1 || stops.length === 0) break;
          continue;
        }
        if (outs > 0) lost.push(stops.at(-1)!.desc);
        outs = 0;
        if (stop.again) traps.push(stop.desc);
        if (stop.clone) clones.push(stop.desc);
        if (traps.length > 3) break;
        stops.push(stop);
      }

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

describe('outline', () => {
  for (const path of pagePaths) {
    it(`${path} has one main, one h1, and headings that never skip a level going down`, async () => {
      const { page, close } = await openPage(path);
      const outline = await page.evaluate(() => {
        const visible = (el: Element) => !el.closest('[aria-hidden="true"], [hidden]');
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
          .filter(visible)
          .map((h) => ({
            level: h.getAttribute('aria-level') ? Number(h.getAttribute('aria-level')) : Number(h.tagName[1]),
            text: (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
          }));
        return {
          mains: document.querySelectorAll('main, [role="main"]').length,
          h1s: document.querySelectorAll('h1').length,
          headings,
        };
      });
      expect(outline.mains).toBe(1);
      expect(outline.h1s).toBe(1);
      expect(outline.headings[0]?.level).toBe(1);
      const skips = outline.headings.flatMap((h, i) =>
        i > 0 && h.level > outline.headings[i - 1].level + 1
          ? [`h${outline.headings[i - 1].level} "${outline.headings[i - 1].text}" → h${h.level} "${h.text}"`]
          : [],
      );
      expect(skips).toEqual([]);
      await close();
    });
  }
});
