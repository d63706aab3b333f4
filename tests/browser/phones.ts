// What a phone reader sees of the story's graphic once a step has settled: where the step's highlighted
// marks are against the part of the graphic on screen, and how large every chart label is drawn. Shared by
// the walk through the story (walk.ts), the phone tests and scripts/screenshots.ts. Everything is read from the built page: the steps, their
// charts and what each step highlights (the chart roots carry it in data-view-highlight / data-highlight).
import type { Page } from 'playwright-core';

/** The story's steps in reading order, with the chart their block draws. */
export function storySteps(page: Page) {
  return page.$$eval('[data-block] [data-step]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-step')!,
      chart: el.closest('[data-block]')!.querySelector('[data-graphic]')!.getAttribute('data-graphic')!,
    })),
  );
}

/**
 * Scrolls `stepId` to the trigger line as a reader would, waits for the graphic to show it
 * (data-active-step) with its chart awake (data-awake), then for every animation inside the graphic (fades, moves, the slide, a map's
 * flight) to finish, and for three frames in a row with none running: the slide starts a frame after
 * the step's view and a map's flight a frame after that.
 */
export async function settleStep(page: Page, stepId: string) {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const y = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4;
    window.scrollTo({ top: y, behavior: 'instant' });
  }, stepId);
  const graphic = `[data-block]:has([data-step="${stepId}"]) [data-active-step="${stepId}"]`;
  // The chart's island is awake (its chart drawn for the measured width), and shows the step.
  await page.waitForSelector(`${graphic} .chart-island[data-awake]`, { timeout: 10_000 });
  await settle(page, graphic);
}

/** Waits until nothing animates inside `selector` for three frames in a row. */
export async function settle(page: Page, selector: string) {
  await page.$eval(selector, async (root) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let quiet = 0; quiet < 3;) {
      await frame();
      const running = root
        .getAnimations({ subtree: true })
        .filter((a) => a.playState === 'running' || a.playState === 'paused' || a.pending);
      if (!running.length) quiet++;
      else {
        quiet = 0;
        await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      }
    }
  });
}

export interface StepReport {
  step: string;
  chart: string;
  /** Highlighted ids whose mark (or label) is not inside the part of the graphic on screen. */
  outside: string[];
  /** Chart text drawn below 11 px on screen: "text (size px)". */
  small: string[];
  highlighted: number;
}

/** Where the active step's marks are, in the graphic of the block that holds `stepId`. */
export function measureStep(page: Page, stepId: string, minFont = 11): Promise<StepReport> {
  return page.evaluate(
    ({ id, minFont }) => {
      const graphic = document.querySelector(
        `[data-block]:has([data-step="${id}"]) [data-active-step="${id}"]`,
      )!;
      const chartName = graphic.getAttribute('data-graphic')!;
      const chart = graphic.querySelector('[data-chart]')!;
      const g = graphic.getBoundingClientRect();
      const area = graphic.querySelector('.chart-area')!.getBoundingClientRect();
      // The chart's key stays in view over (or under) the plot that slides: marks behind it are not seen.
      const keyEl = graphic.querySelector('.chart-area [data-key]');
      const plotEl = graphic.querySelector('.chart-area [data-plot]');
      const key = keyEl?.getBoundingClientRect();
      // Over the plot when it comes first (the timeline's, the diagram's), else under it (the map's).
      const keyOnTop =
        !!keyEl && !!plotEl && !!(keyEl.compareDocumentPosition(plotEl) & Node.DOCUMENT_POSITION_FOLLOWING);
      const win = {
        left: Math.max(g.left, 0),
        right: Math.min(g.right, window.innerWidth),
        top: Math.max(area.top, g.top, 0, key && keyOnTop ? key.bottom : 0),
        bottom: Math.min(area.bottom, g.bottom, window.innerHeight, key && !keyOnTop ? key.top : Infinity),
      };
      const tol = 1;
      const inside = (r: DOMRect) =>
        r.width + r.height > 0 &&
        r.left >= win.left - tol &&
        r.right <= win.right + tol &&
        r.top >= win.top - tol &&
        r.bottom <= win.bottom + tol;
      const opacity = (el: Element) => {
        let o = 1;
        for (let e: Element | null = el; e && e !== graphic; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden') return 0;
          o *= Number(s.opacity);
        }
        return o;
      };
      const shows = (el: Element | null) => !!el && opacity(el) > 0.05;

      const highlight = (
        chart.getAttribute('data-view-highlight') ??
        chart.getAttribute('data-highlight') ??
        ''
      )
        .split(' ')
        .filter(Boolean);
      const outside: string[] = [];
      for (const h of highlight) {
        // The parts of a highlighted thing a reader must see: a mark and, where it has one, its label.
        let parts: (Element | null)[];
        if (chartName === 'timeline') {
          const ev = chart.querySelector(`svg [data-event="${h}"]`);
          parts = [ev?.querySelector('.mark') ?? null, ev?.querySelector('text.label') ?? null];
        } else if (chartName === 'network') {
          const node = chart.querySelector(`[data-entity="${h}"]`);
          parts = node
            ? [node.querySelector('.symbol'), node.querySelector('.node-label')]
            : [chart.querySelector(`[data-paint-for="${h}"] .line`)];
        } else {
          // The country as drawn on top of the base map (which also holds a dot for it).
          parts = [chart.querySelector(`svg[data-map-geometry] [data-iso3="${h}"][data-status]`)];
        }
        const ok = parts.every((el) => {
          if (!el || !shows(el)) return false;
          let r = el.getBoundingClientRect();
          if (chartName === 'map') {
            // A country is as much of it as the map's frame shows (a region zoom crops the large ones).
            const frame = el.closest('svg')!.getBoundingClientRect();
            r = new DOMRect(
              Math.max(r.left, frame.left),
              Math.max(r.top, frame.top),
              Math.min(r.right, frame.right) - Math.max(r.left, frame.left),
              Math.min(r.bottom, frame.bottom) - Math.max(r.top, frame.top),
            );
            if (r.width <= 0 || r.height <= 0) return false;
          }
          return inside(r);
        });
        if (!ok) outside.push(h);
      }

      // Every piece of chart text on screen, at the size it is drawn (an SVG scaled down to fit its
      // column draws its text smaller than its font-size says).
      const small = new Set<string>();
      const texts: Element[] = [];
      const walker = document.createTreeWalker(graphic, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.textContent!.trim() && n.parentElement) texts.push(n.parentElement);
      for (const el of new Set(texts)) {
        if (!chart.contains(el) || el.closest('.card, [role="dialog"], title, desc, style')) continue;
        if (!shows(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.right < win.left || r.left > win.right || r.bottom < win.top || r.top > win.bottom) continue;
        let size = parseFloat(getComputedStyle(el).fontSize);
        const svgText = el.closest('text');
        if (svgText) {
          const m = (svgText as SVGGraphicsElement).getScreenCTM();
          if (m) size *= Math.hypot(m.a, m.b);
        }
        if (size < minFont - 0.05)
          small.add(`${el.textContent!.trim().slice(0, 40)} (${Math.round(size * 10) / 10} px)`);
      }
      return { step: id, chart: chartName, outside, small: [...small], highlighted: highlight.length };
    },
    { id: stepId, minFont },
  );
}

/**
 * Links of a drawn diagram that run through the mark or the label of a node they do not join. Each
 * link's painted line is followed every 2 px on screen; a node's mark and its label are each a box.
 * `ends` gives a relationship's two entity ids (from data-from / data-to when the page carries them).
 */
export function linksThroughNodes(page: Page, chart: string, ends?: Record<string, [string, string]>) {
  return page.$eval(
    chart,
    (root, ends) => {
      const shrink = (r: DOMRect, by: number) => ({
        left: r.left + by,
        right: r.right - by,
        top: r.top + by,
        bottom: r.bottom - by,
      });
      const nodes = [...root.querySelectorAll('[data-entity]')].map((n) => ({
        id: n.getAttribute('data-entity')!,
        boxes: [n.querySelector('.symbol'), n.querySelector('.node-label')]
          .filter((el): el is Element => !!el)
          .map((el) => shrink(el.getBoundingClientRect(), 0.5)),
      }));
      const problems: string[] = [];
      for (const link of root.querySelectorAll('.link[data-paint-for]')) {
        const id = link.getAttribute('data-paint-for')!;
        const from = link.getAttribute('data-from') ?? ends?.[id]?.[0];
        const to = link.getAttribute('data-to') ?? ends?.[id]?.[1];
        const line = link.querySelector<SVGPathElement>('.line')!;
        const m = line.getScreenCTM()!;
        const length = line.getTotalLength();
        const scale = Math.hypot(m.a, m.b) || 1;
        const hits = new Set<string>();
        for (let s = 0; s <= length; s += 2 / scale) {
          const p = line.getPointAtLength(s);
          const x = m.a * p.x + m.c * p.y + m.e;
          const y = m.b * p.x + m.d * p.y + m.f;
          for (const n of nodes) {
            if (n.id === from || n.id === to) continue;
            if (n.boxes.some((b) => x > b.left && x < b.right && y > b.top && y < b.bottom)) hits.add(n.id);
          }
        }
        if (hits.size) problems.push(`${id} runs through ${[...hits].join(', ')}`);
      }
      return problems;
    },
    ends,
  );
}
