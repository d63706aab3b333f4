// One pass through the story's steps at one width, as a reader scrolls, collecting at each settled step
// everything the per-step tests check (tests/browser/steps.test.ts asserts on it): the graphic's state,
// where the highlighted marks are, chart label sizes and overlaps, what a tall phone chart slid to, axe's
// findings, and over the whole walk every console message, page error and CSP violation.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { editions, type EditionId } from '../../src/lib/editions/editions';
import { formatNumber } from '../../src/lib/editions/dates';
import { axe } from './axe';
import { openPage } from './harness';
import { labelOverlaps, labelsOnLines, timelineLabelBoxes, boxOverlaps } from './labels';
import { measureStep, settleStep, storySteps, type StepReport } from './phones';
import { countStorageWrites, storageLeft, type StorageLeft } from './storage';

export interface StepSeen extends StepReport {
  /** The graphic's data-active-step. */
  active: string | null;
  /** The chart root's attributes (data-region, data-view-*, data-highlight…). */
  attrs: Record<string, string>;
  /** Network: the ids drawn visibly; label pairs that overlap or are cut off. */
  nodes: string[];
  links: string[];
  /** Overlapping or cut-off labels in the step's chart. */
  overlaps: string[];
  /** Timeline: the highlighted events' data-highlighted; map: the legend's statuses and where marks sit. */
  highlightedEvents: string[];
  legend: string[];
  /** Map: highlighted countries whose centre is outside the map's frame. */
  mapOutside: string[];
  /** The map's measures view: the governments it marks, and the reaches its legend names. */
  measures: { drawn: string[]; legend: string[] };
  /** Where a tall chart slid: the visible window, the highlighted marks, lane names, the step's focus. */
  slide: Slide;
  /** axe's violations in the graphic and the step, light then dark (colour rules), when asked for. */
  axe: string[];
  /** On a phone: what is wrong with the reading window (title, key, docked stepper, blank band, the chart's
   * parts beside its plot cut off under the stepper). */
  reading: string[];
  /** What covers what in the graphic: the timeline's axis dates under its key, the floating stepper over
   * the chart. */
  covered: string[];
}

export interface Slide {
  top: number;
  bottom: number;
  marks: { id: string; top: number; bottom: number }[];
  lanes: { top: number; bottom: number }[];
  /** The height of what the chart says the step is about (svg[data-focus]), in page pixels; 0 if none. */
  focus: number;
}

export interface Walk {
  width: number;
  edition: EditionId;
  steps: StepSeen[];
  /** Console errors and warnings, page errors, CSP violations, in the order seen: none is filtered. */
  problems: string[];
  /** The prerendered-only parts before the walk and after it. */
  parts: { before: Parts; after: Parts };
  /** How far the page scrolls sideways at the end (≤ 0: never). */
  overflow: number;
  /** Every link on the page after the walk, with its rel. */
  links: { href: string; rel: string }[];
  requests: string[];
  cookies: number;
  storage: StorageLeft;
}

type Parts = Record<string, number>;

/** Records CSP violations into the page's console as errors, from before its first script. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    const el = e.target instanceof Element ? ` on <${e.target.tagName.toLowerCase()}>` : '';
    console.error(
      `CSP: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where}${el}: ${e.sample}`,
    );
  });
}

/** The parts of the page only the prerender draws (see page.test.ts): hydration must keep them. */
export const countParts = (page: Page) =>
  page.evaluate(() => ({
    land: document.querySelectorAll('[data-base-layer] path[data-iso3]').length,
    squares: document.querySelectorAll('.map-claim .squares > *').length,
    steps: document.querySelectorAll('.step[data-step]').length,
    legend: document.querySelectorAll('[data-chart="network"] .legend li').length,
    statuses: document.querySelectorAll('[data-chart="map"] .status-legend li').length,
    patterns: document.querySelectorAll('[data-chart="map"] svg[data-map-geometry] > defs pattern').length,
    timelineKey: document.querySelectorAll('[data-chart="timeline"] .timeline-legend svg').length,
  }));

/** axe at each step: none, in light (all rules), or in light and in dark (the colour rules). */
export type StepAxe = false | 'light' | 'light and dark';

/** The scheme each walked page was last left in by axeStep. */
const schemeOf = new WeakMap<Page, 'light' | 'dark'>();

/** axe on the step's graphic and card, in light (all rules), and in dark (colour rules) when asked. Each
 * step starts in the scheme the step before ended in, so the page switches scheme once a step, not three
 * times: each switch restyles and repaints the whole story. (What the walk measures besides is geometry,
 * the same in either scheme.) */
async function axeStep(page: Page, id: string, dark: boolean): Promise<string[]> {
  const found: string[] = [];
  const block = await page.evaluate(
    (id) => document.getElementById(id)!.closest('[data-block]')!.getAttribute('data-block'),
    id,
  );
  const first = schemeOf.get(page) ?? 'light';
  const both = first === 'light' ? (['light', 'dark'] as const) : (['dark', 'light'] as const);
  const schemes = dark ? both : (['light'] as const);
  for (const scheme of schemes) {
    if (scheme !== (schemeOf.get(page) ?? 'light')) await page.emulateMedia({ colorScheme: scheme });
    schemeOf.set(page, scheme);
    const violations = await axe(page, {
      coloursOnly: scheme === 'dark',
      include: [`[data-block="${block}"] [data-active-step]`, `#${id}`],
    });
    found.push(...violations.map((v) => `${scheme}: ${v}`));
  }
  return found;
}

/** What the graphic showing `id` draws, read in the page. */
const readGraphic = (page: Page, id: string) =>
  page.evaluate((id) => {
    const graphic = document.querySelector(`[data-block]:has([data-step="${id}"]) [data-active-step]`)!;
    const chart = graphic.querySelector('[data-chart]')!;
    const name = chart.getAttribute('data-chart');
    const ids = (sel: string, attr: string) =>
      [...chart.querySelectorAll(sel)].map((e) => e.getAttribute(attr)!);
    const area = graphic.querySelector('.chart-area')!.getBoundingClientRect();
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    const marks =
      name === 'timeline'
        ? [...chart.querySelectorAll('svg [data-event][data-highlighted="true"]')].map((el) => ({
            id: el.getAttribute('data-event')!,
            ...box(el),
          }))
        : [...chart.querySelectorAll('.node.focus[data-entity]')].map((el) => ({
            id: el.getAttribute('data-entity')!,
            ...box(el.querySelector('.symbol')),
          }));
    const svg = chart.querySelector('svg[data-focus]');
    const [from, to] = (svg?.getAttribute('data-focus') ?? '0 0').split(' ').map(Number);
    const svgBox = svg?.getBoundingClientRect();
    const k = svgBox ? svgBox.height / (Number(svg!.getAttribute('height')) || svgBox.height || 1) : 1;
    const frame = chart.querySelector('svg[data-map-geometry]')?.getBoundingClientRect();
    const mapOutside = (chart.getAttribute('data-highlight') ?? '')
      .split(' ')
      .filter(Boolean)
      .filter((code) => {
        const r = chart.querySelector(`[data-hit="${code}"][tabindex]`)?.getBoundingClientRect();
        return !r || !frame || r.left + r.width / 2 <= frame.left || r.left + r.width / 2 >= frame.right;
      });
    // The wide timeline's dates stay clear of its key (the key is drawn over the plot that slides under
    // it); the floating stepper (wide screens) never lies over the chart.
    const covered: string[] = [];
    const keyBox = chart.querySelector('[data-key]')?.getBoundingClientRect();
    if (keyBox)
      for (const t of chart.querySelectorAll('svg .tick-label')) {
        const r = t.getBoundingClientRect();
        if (r.top < keyBox.bottom - 0.5 && r.bottom > keyBox.top + 0.5)
          covered.push(
            `the date ${t.textContent} at ${Math.round(r.top)}–${Math.round(r.bottom)} under the key at ${Math.round(keyBox.top)}–${Math.round(keyBox.bottom)}`,
          );
      }
    const pill = document.querySelector('nav.stepper');
    if (pill && getComputedStyle(pill).display !== 'none') {
      const p = pill.getBoundingClientRect();
      const c = chart.getBoundingClientRect();
      const bottom = Math.min(c.bottom, area.bottom);
      if (p.left < c.right && p.right > c.left && p.top < bottom - 0.5 && p.bottom > c.top)
        covered.push(
          `the stepper at ${Math.round(p.top)}–${Math.round(p.bottom)} over the chart, shown to ${Math.round(bottom)}`,
        );
    }
    return {
      covered,
      active: graphic.getAttribute('data-active-step'),
      attrs: Object.fromEntries([...chart.attributes].map((a) => [a.name, a.value])),
      nodes: ids('[data-entity][data-visible="true"]', 'data-entity'),
      links: ids('[data-relationship][data-visible="true"]', 'data-relationship'),
      highlightedEvents: ids('svg [data-event][data-highlighted="true"]', 'data-event'),
      legend: [...chart.querySelectorAll('.status-legend li[data-status]')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.getAttribute('data-status')!),
      mapOutside,
      measures: {
        drawn: [...new Set(ids('svg [data-layer="measures"] [data-iso3][tabindex="0"]', 'data-iso3'))].sort(),
        legend: ids('.measures-legend li[data-reach]', 'data-reach'),
      },
      slide: {
        top: area.top,
        bottom: graphic.getBoundingClientRect().bottom,
        marks,
        lanes: [...chart.querySelectorAll('svg .lane-name')].map(box),
        focus: svg ? (to - from) * k : 0,
      },
    };
  }, id);

/** The stepper's count of step `n` of `total`, as an edition's words and digits give it ("Step 3 of 27"). */
function stepCount(edition: EditionId, n: number, total: number): string {
  const messages = JSON.parse(readFileSync(`messages/${edition}.json`, 'utf8')) as { step_of: string };
  const digits = (k: number) => formatNumber(k, editions[edition]);
  return messages.step_of.replace('{n}', digits(n)).replace('{total}', digits(total));
}

/**
 * On a phone, the reading window of step `n` (1-based) of `total`: the figure's title over the chart area
 * and the chart's key over the plot stay in view, the stepper is docked under the chart with the step
 * count (`count`), nothing blank hangs under it, and the floating stepper (which covered the text) is gone.
 */
const readingWindow = (page: Page, id: string, count: string) =>
  page.evaluate(
    ({ id, count: expected }) => {
      const graphic = document.querySelector(`[data-active-step="${id}"]`)!;
      const box = (sel: string) => graphic.querySelector(sel)?.getBoundingClientRect();
      const g = graphic.getBoundingClientRect();
      const area = box('.chart-area')!;
      const title = box('.figure-title');
      const key = box('.chart-area [data-key]');
      const stepper = graphic.querySelector('.stepper.docked');
      const docked = stepper?.getBoundingClientRect();
      const floating = document.querySelector('nav.stepper');
      const within = (r: DOMRect | undefined, top: number, bottom: number) =>
        !!r && r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1;
      const wrong: string[] = [];
      if (!within(title, Math.max(0, g.top), area.top)) wrong.push(`title at ${title?.top}–${title?.bottom}`);
      if (!within(key, area.top, area.bottom))
        wrong.push(`key at ${key?.top}–${key?.bottom}, area ${area.top}–${area.bottom}`);
      if (!within(docked, area.bottom, g.bottom)) wrong.push(`stepper at ${docked?.top}–${docked?.bottom}`);
      if (docked && g.bottom - docked.bottom > 2)
        wrong.push(`${Math.round(g.bottom - docked.bottom)} px blank under the stepper`);
      // What the chart draws beside its plot (its key, the map's claim comparison) is wholly in the chart
      // area, above the docked stepper: never cut off under it or the step cards.
      const chart = graphic.querySelector('.chart-area [data-chart]');
      for (const part of chart?.children ?? []) {
        const r = part.getBoundingClientRect();
        if (part.matches('[data-plot]') || r.height === 0) continue;
        if (!within(r, area.top, area.bottom))
          wrong.push(
            `.${part.className.split(' ')[0]} at ${Math.round(r.top)}–${Math.round(r.bottom)}, area ${Math.round(area.top)}–${Math.round(area.bottom)}`,
          );
      }
      const count = stepper?.querySelector('.count')?.textContent?.trim();
      if (count !== expected) wrong.push(`the stepper says "${count}", not "${expected}"`);
      if (floating && getComputedStyle(floating).display !== 'none') wrong.push('the floating stepper shows');
      return wrong;
    },
    { id, count },
  );

/**
 * Walks every step of the story at `width`, each once it has settled; axe too when `axe` is set (all rules
 * in light, the colour rules in dark). The English story by default, or an edition's
 * (`edition: 'fa'` walks /fa/).
 */
export async function walkStory(
  width: number,
  { axe = false as StepAxe, reducedMotion = false, edition = 'en' as EditionId } = {},
): Promise<Walk> {
  const path = editions[edition].path;
  const { page, context, problems, requests, close } = await openPage(`/${path}`, {
    width,
    height: width < 600 ? 740 : 800,
    reducedMotion,
    initScript: [reportViolations, countStorageWrites],
  });
  const start = performance.now();
  // With motion, every transition, flight and slide runs, at four times its speed (the playback rate
  // DevTools' Animations panel sets): the walk checks where each step ends, and how a step's frames move
  // at their real speed is story.test.ts's and map.test.ts's (27 s a phone walk at 1×, 9 s at 4×).
  if (!reducedMotion)
    await (await context.newCDPSession(page)).send('Animation.setPlaybackRate', { playbackRate: 4 });
  try {
    const before = await countParts(page);
    const steps: StepSeen[] = [];
    const all = await storySteps(page);
    for (const [i, { id }] of all.entries()) {
      await settleStep(page, id);
      const report = await measureStep(page, id);
      const seen = await readGraphic(page, id);
      const chart = `[data-block]:has([data-step="${id}"]) [data-active-step] [data-chart]`;
      const overlaps: string[] = [];
      if (report.chart === 'network')
        overlaps.push(...(await labelOverlaps(page, chart)), ...(await labelsOnLines(page, chart)));
      if (report.chart === 'timeline') {
        const boxes = await timelineLabelBoxes(page, chart);
        overlaps.push(...boxOverlaps(boxes));
        for (const b of boxes)
          if (b.left < -0.5 || b.right > width + 0.5) overlaps.push(`${b.id} is cut off`);
      }
      const reading = width < 600 ? await readingWindow(page, id, stepCount(edition, i + 1, all.length)) : [];
      steps.push({
        ...report,
        ...seen,
        overlaps,
        reading,
        axe: axe ? await axeStep(page, id, axe === 'light and dark') : [],
      });
    }
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    const after = await countParts(page);
    const took = ((performance.now() - start) / 1000).toFixed(1);
    console.log(
      `walked ${steps.length} steps of /${path} at ${width}px in ${took} s${axe ? ', with axe' : ''}`,
    );
    return {
      width,
      edition,
      steps,
      problems,
      parts: { before, after },
      overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      links: await page.$$eval('a[href], area[href]', (els) =>
        els.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })),
      ),
      requests,
      cookies: (await context.cookies()).length,
      storage: await storageLeft(page),
    };
  } finally {
    await close();
  }
}
