// Reading the story on a 360 × 740 phone (issue #27): in every step, once it has settled, the figure's
// title and the chart's key are in view over the plot that slides, the graphic ends where what it draws
// ends (the stepper docked under it, saying which step this is), and the floating stepper, which covered
// the text, is gone. Steps and charts are read from the built page, so the checks hold for any valid data.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './harness';
import { settleStep, storySteps } from './phones';

afterAll(closeBrowser);

describe('the reading window on a 360 × 740 phone', () => {
  it('keeps each chart’s title and key in view, and docks the stepper under the graphic, in every step', async () => {
    const { page, problems, close } = await openPage('/', { width: 360, height: 740 });
    const steps = await storySteps(page);
    expect(steps.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const [i, step] of steps.entries()) {
      await settleStep(page, step.id);
      const seen = await page.evaluate((id) => {
        const graphic = document.querySelector(`[data-active-step="${id}"]`)!;
        const box = (sel: string) => graphic.querySelector(sel)?.getBoundingClientRect();
        const stepper = graphic.querySelector('.stepper.docked');
        const floating = document.querySelector('nav.stepper');
        return {
          graphic: graphic.getBoundingClientRect().toJSON(),
          area: box('.chart-area')!.toJSON(),
          title: box('.figure-title')?.toJSON(),
          key: box('.chart-area [data-key]')?.toJSON(),
          stepper: stepper?.getBoundingClientRect().toJSON(),
          count: stepper?.querySelector('.count')?.textContent?.trim(),
          floating: floating ? getComputedStyle(floating).display : 'none',
        };
      }, step.id);
      const where = `${step.id} (${step.chart})`;
      const within = (r: DOMRect | undefined, top: number, bottom: number) =>
        !!r && r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1;
      if (!within(seen.title, Math.max(0, seen.graphic.top), seen.area.top))
        wrong.push(`${where}: title at ${seen.title?.top}–${seen.title?.bottom}`);
      if (!within(seen.key, seen.area.top, seen.area.bottom))
        wrong.push(
          `${where}: key at ${seen.key?.top}–${seen.key?.bottom}, area ${seen.area.top}–${seen.area.bottom}`,
        );
      if (!within(seen.stepper, seen.area.bottom, seen.graphic.bottom))
        wrong.push(`${where}: stepper at ${seen.stepper?.top}–${seen.stepper?.bottom}`);
      // No blank band under the chart: the graphic ends with its stepper.
      if (seen.stepper && seen.graphic.bottom - seen.stepper.bottom > 2)
        wrong.push(
          `${where}: ${Math.round(seen.graphic.bottom - seen.stepper.bottom)} px blank under the stepper`,
        );
      if (seen.count !== `Step ${i + 1} of ${steps.length}`)
        wrong.push(`${where}: the stepper says "${seen.count}"`);
      if (seen.floating !== 'none') wrong.push(`${where}: the floating stepper shows`);
    }
    expect(wrong).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
