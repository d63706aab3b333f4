// The built pages of every edition carry their styles, and hydration reuses the prerendered DOM. (That each
// story loads cleanly at 360 and 1280 px is on the walk, steps.test.ts; without JavaScript, failure.test.ts.)
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  entityKind,
  status,
  type CountClaim,
  type Country,
  type Event,
  type Story,
} from '../../src/lib/data/schema';
import type { MapGeometry } from '../../src/lib/geo/types';
import { closeBrowser, openPage } from './harness';
import { settle } from './phones';
import { editionIds, prefixOf } from './quality-content';
import { editions } from '../../src/lib/editions/editions';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const geometry = read<MapGeometry>('src/lib/geo/world.json');
const stepIds = read<Story>('data/story.json').sections.flatMap((s) => s.steps.map((st) => st.id));
const stepCount = stepIds.length;
const events = read<{ events: Event[] }>('data/events.json').events;
const footprint = read<{ claims: CountClaim[]; countries: Country[] }>('data/footprint.json');
const countries = footprint.countries;

afterAll(closeBrowser);

/** Keeps the nodes as the parser built them, before any script runs, so we can compare after hydration. */
function keepParsedNodes() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const w = window as unknown as Record<string, unknown>;
    w.__parsed = {
      h1: document.querySelector('h1'),
      step: document.querySelector('[data-step]'),
      sources: document.querySelector('#sources'),
    };
  });
}

describe.each(editionIds)('every built page of the %s edition', (id) => {
  // Svelte adds a scoping class (svelte-abc123) only to elements its component's styles select; each one in
  // the HTML must find its rules in the page's stylesheet, or that part of the page renders unstyled (as the
  // static shell once did, its components never being part of the browser's build).
  for (const file of [
    'index.html',
    'data/index.html',
    'embed/map/index.html',
    'embed/network/index.html',
    'embed/timeline/index.html',
  ]) {
    it(`${editions[id].path}${file} carries the styles of every component it renders`, () => {
      const html = readFileSync(`dist/${editions[id].path}${file}`, 'utf8');
      const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      const used = new Set([...html.matchAll(/class="[^"]*\b(svelte-[a-z0-9]+)\b/g)].map((m) => m[1]));
      expect(used.size).toBeGreaterThan(3);
      expect([...used].filter((c) => !css.includes(`.${c}`))).toEqual([]);
    });
  }
});

describe.each(editionIds)('the %s story page', (id) => {
  const at = prefixOf(id);
  it('hydrates the prerendered HTML in place, with no console error or hydration warning', async () => {
    const { page, problems, close } = await openPage(`${at}/`, { initScript: keepParsedNodes });
    // The blocks are islands that hydrate as the reader nears them: go to the first one and wait for it.
    await page.locator('[data-step]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('.scrolly.live');
    const same = await page.evaluate(() => {
      const parsed = (window as unknown as { __parsed: Record<string, Element | null> }).__parsed;
      return {
        h1: parsed.h1 !== null && parsed.h1 === document.querySelector('h1'),
        step: parsed.step !== null && parsed.step === document.querySelector('[data-step]'),
        sources: parsed.sources !== null && parsed.sources === document.querySelector('#sources'),
      };
    });
    expect(same).toEqual({ h1: true, step: true, sources: true });
    expect(problems).toEqual([]);
    await close();
  });

  // The map's land, its claim comparison, the diagram's legend and every block's step cards are drawn by the
  // prerender only; the
  // browser hydrates empty stand-ins over them. A hydration mismatch anywhere in an island would make Svelte
  // redraw it from scratch, and these parts would vanish.
  // (The story's own, through every step: steps.test.ts.)
  for (const path of ['/embed/map/', '/embed/network/']) {
    it(`keeps the prerendered-only parts of ${at}${path} through hydration and every step`, async () => {
      const { page, problems, close } = await openPage(at + path, { reducedMotion: true });
      const count = () =>
        page.evaluate(() => ({
          land: document.querySelectorAll('[data-base-layer] path[data-iso3]').length,
          squares: document.querySelectorAll('.map-claim [data-group] svg[data-iso3]').length,
          steps: document.querySelectorAll('.step[data-step]').length,
          legend: document.querySelectorAll('[data-chart="network"] .legend li').length,
          statuses: document.querySelectorAll('[data-chart="map"] .status-legend li').length,
          patterns: document.querySelectorAll('[data-chart="map"] svg[data-map-geometry] > defs pattern')
            .length,
          timelineKey: document.querySelectorAll('[data-chart="timeline"] .timeline-legend svg').length,
        }));
      const before = await count();
      const map = path !== '/embed/network/';
      // Every country's land, and the positions of the small countries with a record.
      const small = geometry.markers.filter((m) => countries.some((c) => c.iso3 === m.iso3)).length;
      expect(before.land).toBe(map ? geometry.shapes.length + small : 0);
      // The claim panel: a square per country a source names, never one per claimed country.
      expect(before.squares).toBe(map ? countries.length : 0);
      // Every evidence status and every kind of actor.
      expect(before.legend).toBe(
        path === '/embed/map/' ? 0 : status.options.length + entityKind.options.length,
      );
      expect(before.steps).toBe(path === '/' ? stepCount : 0);
      // The map's legend lists every status (a view hides some) and its patterns draw each one.
      expect(before.statuses).toBe(map ? status.options.length : 0);
      expect(before.patterns).toBe(map ? status.options.length : 0);
      // The timeline's key: a symbol per status in the data, and three marks for how precise a date is (a
      // known day, some day in a month or year, a range of dates).
      expect(before.timelineKey).toBe(path === '/' ? new Set(events.map((e) => e.status)).size + 3 : 0);
      // The embed hydrates as it loads, then draws for its measured width: wait until nothing moves.
      await settle(page, '[data-chart]');
      expect(await count()).toEqual(before);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
