// Label checks shared by the browser tests of today's site and of the scale fixture's (tests/build/scale.test.ts):
// boxes as the browser lays them out, and the pairs that overlap.
import type { Page } from 'playwright-core';

export interface Box {
  id: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Pairs of visible label boxes (node names and link labels) that overlap on screen. */
export async function labelOverlaps(page: Page, chart: string) {
  return page.$eval(chart, (root) => {
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e !== root; e = e.parentElement)
        if (Number(getComputedStyle(e).opacity) < 0.05) return false;
      return true;
    };
    const boxes = [
      ...[...root.querySelectorAll('[data-entity] .node-label')].map(
        (el) => [`node ${el.closest('[data-entity]')!.getAttribute('data-entity')}`, el] as const,
      ),
      ...[...root.querySelectorAll('[data-label-for] text')].map(
        (el) => [`label ${el.closest('[data-label-for]')!.getAttribute('data-label-for')}`, el] as const,
      ),
    ]
      .filter(([, el]) => visible(el))
      .map(([name, el]) => [name, el.getBoundingClientRect()] as const);
    const svg = root.querySelector('.stage > svg')!.getBoundingClientRect();
    const problems: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      const [a, p] = boxes[i];
      if (
        p.left < svg.left - 0.5 ||
        p.right > svg.right + 0.5 ||
        p.top < svg.top - 0.5 ||
        p.bottom > svg.bottom + 0.5
      )
        problems.push(`${a} is cut off`);
      for (let j = i + 1; j < boxes.length; j++) {
        const [b, q] = boxes[j];
        if (
          p.left < q.right - 0.5 &&
          q.left < p.right - 0.5 &&
          p.top < q.bottom - 0.5 &&
          q.top < p.bottom - 0.5
        )
          problems.push(`${a} overlaps ${b}`);
      }
    }
    return problems;
  });
}

/** Label boxes of the events in view, as the browser lays them out. */
export function timelineLabelBoxes(page: Page, chart = '[data-chart="timeline"]') {
  return page.$$eval(`${chart} svg [data-event][data-visible="true"] text.label`, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-label-for')!,
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        fontSize: parseFloat(getComputedStyle(el).fontSize),
      };
    }),
  );
}

/** Pairs of boxes that overlap by more than half a pixel both ways. */
export function boxOverlaps(boxes: Box[]) {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > 0.5 && dy > 0.5) pairs.push(`${a.id} × ${b.id}`);
    }
  return pairs;
}

/** The map's visible place labels, as the browser lays them out. */
export function mapLabelBoxes(page: Page, chart = '[data-chart="map"]') {
  return page.$$eval(`${chart} svg .places text.label:not(.hidden)`, (els) =>
    els
      .filter((el) => el.checkVisibility())
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return { id: `${el.textContent} (${i})`, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
  );
}

/** Link labels drawn on a link's line, arrowhead or cross (their own included), as the browser draws
 * them: each label's box, a pixel inside its edge, against points every pixel along each drawn path. */
export async function labelsOnLines(page: Page, chart: string) {
  return page.$eval(chart, (root) => {
    const labels = [...root.querySelectorAll('.link-label[data-label-for]')].map((g) => {
      const r = g.querySelector('rect')!.getBoundingClientRect();
      return {
        id: g.getAttribute('data-label-for')!,
        l: r.left + 1,
        r: r.right - 1,
        t: r.top + 1,
        b: r.bottom - 1,
      };
    });
    const found: string[] = [];
    for (const link of root.querySelectorAll('.link[data-paint-for]')) {
      const id = link.getAttribute('data-paint-for')!;
      for (const path of link.querySelectorAll<SVGPathElement>('path')) {
        const m = path.getScreenCTM()!;
        const scale = Math.hypot(m.a, m.b) || 1;
        const length = path.getTotalLength();
        const hit = new Set<string>();
        for (let s = 0; s <= length; s += 1 / scale) {
          const p = path.getPointAtLength(s);
          const [x, y] = [m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f];
          for (const b of labels) if (x > b.l && x < b.r && y > b.t && y < b.b) hit.add(b.id);
        }
        for (const label of hit) found.push(`${label}'s label on the ${path.classList[0]} of ${id}`);
      }
    }
    return found;
  });
}
