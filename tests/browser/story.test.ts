// The scrollytelling, in every edition: deep links land on their step, the card leads the graphic by a
// frame, the stepper works by keyboard alone and counts the step being read as the reader scrolls from
// block to block, and reduced motion cuts. (That every step drives the graphic, at phone and desktop
// widths, is on the walk: steps.test.ts; every word and source without JavaScript: failure.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, scrollToStep } from './harness';
import { settleStep } from './phones';
import { m } from '../../src/lib/paraglide/messages.js';
import { editions } from '../../src/lib/editions/editions';
import { formatNumber } from '../../src/lib/editions/dates';
import { editionDataset, editionIds, prefixOf } from './quality-content';

// The story as the page prints it: its {named values} filled from the data. (Its steps are the same in
// every edition.)
const story = editionDataset('en').story;
const steps = story.sections.flatMap((s) => s.steps);
afterAll(closeBrowser);

/** The chart root inside the graphic that shows `stepId`, and what it says about its state. */
async function graphicState(page: import('playwright-core').Page, stepId: string) {
  return page.evaluate((id) => {
    const graphic = document
      .getElementById(id)!
      .closest('[data-block]')!
      .querySelector('[data-active-step]')!;
    const chart = graphic.querySelector('[data-chart]')!;
    return {
      active: graphic.getAttribute('data-active-step'),
      chart: chart.getAttribute('data-chart'),
      attrs: Object.fromEntries([...chart.attributes].map((a) => [a.name, a.value])),
    };
  }, stepId);
}

describe.each(editionIds)('the %s story', (id) => {
  const at = prefixOf(id);
  it('has the three steps these tests walk between', () => {
    expect(steps.length).toBeGreaterThanOrEqual(3);
  });

  it('opens /#<step id> on that step', async () => {
    const middle = steps[Math.floor(steps.length / 2)];
    const { page, problems, close } = await openPage(`${at}/#${middle.id}`);
    await page.waitForFunction(
      (id) => document.querySelector(`[data-active-step="${id}"]`) !== null,
      middle.id,
      { timeout: 5000 },
    );
    const state = await graphicState(page, middle.id);
    expect(state.active).toBe(middle.id);
    expect(state.chart).toBe(middle.view.chart);
    expect(problems).toEqual([]);
    await close();
  });

  it('marks the step card being read a frame before the graphic draws its step', async () => {
    const { page, close } = await openPage(`${at}/`, { width: 360, height: 740 });
    const block = story.sections.find((s) => s.steps.length > 1)!;
    await settleStep(page, block.steps[0].id);
    // Counts frames, and notes the frame in which the card and then the graphic change.
    await page.evaluate((id) => {
      const w = window as unknown as { __frame: number; __at: Record<string, number> };
      w.__frame = 0;
      w.__at = {};
      const tick = () => {
        w.__frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const card = document.getElementById(id)!.closest('.step')!;
      const graphic = card.closest('[data-block]')!.querySelector('[data-active-step]')!;
      new MutationObserver(() => {
        if (card.classList.contains('active')) w.__at.card ??= w.__frame;
      }).observe(card, { attributes: true, attributeFilter: ['class'] });
      new MutationObserver(() => (w.__at.graphic ??= w.__frame)).observe(graphic, {
        attributes: true,
        attributeFilter: ['data-active-step'],
      });
    }, block.steps[1].id);
    await scrollToStep(page, block.steps[1].id);
    const frames = await page.evaluate(() => (window as unknown as { __at: Record<string, number> }).__at);
    expect(frames.card).toBeDefined();
    expect(frames.graphic - frames.card).toBeGreaterThanOrEqual(1);
    await close();
  });

  it('follows the reader in the address without adding history entries', async () => {
    const { page, close } = await openPage(`${at}/`);
    const before = await page.evaluate(() => history.length);
    await scrollToStep(page, steps[1].id);
    await scrollToStep(page, steps[2].id);
    await page.waitForFunction((id) => location.hash === `#${id}`, steps[2].id);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await close();
  });

  it('steps through the story with the keyboard alone', async () => {
    const { page, close } = await openPage(`${at}/`, { reducedMotion: true });
    // The stepper wakes with the first block, or as soon as keyboard focus moves.
    await page.keyboard.press('Tab');
    await page.waitForSelector('nav.stepper:not([hidden])');
    await page.locator('nav.stepper button').last().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#${id}`, steps[0].id);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#${id}`, steps[1].id);
    expect(await page.evaluate(() => document.activeElement?.closest('nav.stepper') !== null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#${id}`, steps[0].id);
    await close();
  });

  it("counts the step being read on a phone's docked stepper after the reader scrolls on into the next block", async () => {
    const { page, close } = await openPage(`${at}/`, { width: 360, height: 740, reducedMotion: true });
    const blocks = await page.$$eval('[data-block]', (els) =>
      els.map((b) => [...b.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step')!)),
    );
    expect(blocks.length).toBeGreaterThan(1);
    for (const [i, block] of blocks.slice(0, -1).entries()) {
      const next = blocks[i + 1][0];
      await settleStep(page, block.at(-1)!);
      // On down as a reader scrolls, a little at a time (less than the room under a block's last step),
      // until the next block's first step is where a step is read.
      await page.evaluate(async (id) => {
        const step = document.getElementById(id)!;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const left = () => step.getBoundingClientRect().top - innerHeight * 0.4;
        for (let i = 0; i < 500 && left() >= 1; i++) {
          window.scrollBy({ top: Math.min(80, Math.round(left())), behavior: 'instant' });
          await frame();
          await frame();
        }
      }, next);
      const n = steps.findIndex((s) => s.id === next) + 1;
      const count = (k: number) => formatNumber(k, editions[id]);
      const expected = m.step_of({ n: count(n), total: count(steps.length) }, { locale: id });
      const where = `[data-block]:has([data-step="${next}"]) .stepper.docked .count`;
      const said = await page
        .waitForFunction(
          ({ where, expected }) => document.querySelector(where)?.textContent?.trim() === expected,
          { where, expected },
          { timeout: 3000 },
        )
        .then(
          () => expected,
          () => page.$eval(where, (el) => el.textContent!.trim()),
        );
      expect(said, `the stepper of ${next}'s block`).toBe(expected);
    }
    await close();
  });

  it('runs no transition when the reader prefers reduced motion', async () => {
    const { page, close } = await openPage(`${at}/`, { reducedMotion: true });
    await page.evaluate(() => {
      (window as unknown as { __transitions: number }).__transitions = 0;
      document.addEventListener(
        'transitionrun',
        () => (window as unknown as { __transitions: number }).__transitions++,
      );
    });
    for (const step of steps.slice(0, 6)) await scrollToStep(page, step.id);
    expect(await page.evaluate(() => (window as unknown as { __transitions: number }).__transitions)).toBe(0);
    await close();
  });
});
