// How the bench's reader moves through the story, shared by the scroll (scroll.ts) and the tools that look
// inside a step change (steps.ts): wheel notches down to where a step is read, then the wait for its
// graphic to show it (which the browser tests' scrollToStep waits for too).
import type { Page } from 'playwright-core';
import { atLeast } from '../../src/lib/ui/layout';

/** Where on the page each step is read, in page pixels: beside the graphic on wide screens, just under it
 * on phones. */
export async function readingPlaces(page: Page, stepIds: string[]): Promise<number[]> {
  const wide = await page.evaluate((q) => window.matchMedia(q).matches, atLeast('wide'));
  return page.evaluate(
    ({ ids, at }) =>
      ids.map((id) => {
        const el = document.getElementById(id);
        return el ? el.getBoundingClientRect().top + window.scrollY - window.innerHeight * at : 0;
      }),
    { ids: stepIds, at: wide ? 0.4 : 0.62 },
  );
}

/** Wheel notches down from `y` until the page is at `target` or can go no further; returns where it is. */
export async function wheelDownTo(page: Page, y: number, target: number, notches = 200): Promise<number> {
  for (let i = 0; i < notches && target - y > 0; i++) {
    await page.mouse.wheel(0, Math.min(120, target - y + 1));
    // Under 4× CPU slowdown a notch lands a little later: go on only once it has, or the loop sends
    // notches for distance already covered and overshoots the step.
    const landed = await page
      .waitForFunction((before) => (window.scrollY !== before ? window.scrollY : false), y, {
        timeout: 1000,
        polling: 'raf',
      })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => undefined);
    if (landed === undefined) break; // the page cannot scroll further
    y = landed;
  }
  return y;
}

/** Resolves once the graphic of `id`'s block shows that step (rejects after 5 s). */
export const graphicShows = (page: Page, id: string) =>
  page.waitForFunction(
    (id) =>
      document
        .querySelector(`[data-step="${id}"]`)
        ?.closest('[data-block]')
        ?.querySelector('[data-active-step]')
        ?.getAttribute('data-active-step') === id,
    id,
    { timeout: 5000, polling: 'raf' },
  );
