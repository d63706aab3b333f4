// The Persian edition as a reader in Iran gets it: what is not a chart axis runs right to left, and the
// charts' own words are in Persian. The map is never mirrored and time runs left to right (README, "Right
// to left"), so these check the page around the charts, the phone's timeline list, the words on the axes
// and links, the arrows in words, brackets that do not nest and Latin names drawn whole inside Persian
// lines: each against the reading way, never against a drawn position of the charts.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, scrollToStep } from './harness';

afterAll(closeBrowser);

/** Any Latin letter or digit: none belongs in a Persian date or tick. */
const latin = /[A-Za-z0-9]/;
const persian = /[\u0600-\u06FF]/;

/** How deep the round brackets of a text go: 1 for "(a، b)", 2 for "(a، b (c))". */
const bracketDepth = (text: string) => {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(') deepest = Math.max(deepest, ++depth);
    else if (ch === ')') depth--;
  }
  return deepest;
};

describe('the Persian edition reads right to left', () => {
  it('dates the wide timeline in Solar Hijri words and Persian digits', async () => {
    const { page, problems, close } = await openPage('/fa/embed/timeline/', { reducedMotion: true });
    try {
      await page.waitForSelector('[data-orientation="horizontal"]');
      const ticks = await page.$$eval('.tick-label, .caption', (els) => els.map((e) => e.textContent ?? ''));
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) {
        expect(t).toMatch(/[\u06F0-\u06F9]/);
        expect(t).not.toMatch(latin);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  // The rows of the phone's timeline: where each one's mark, text, date and tag are on the screen, and the
  // chart's own box.
  const rowsOf = (page: Page) =>
    page.$$eval('[data-orientation="vertical"] [data-event][data-visible="true"]', (gs) =>
      gs.map((g) => {
        const box = (sel: string) => g.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect;
        return {
          id: g.getAttribute('data-event')!,
          mark: (g as SVGGElement).getScreenCTM()!.e,
          chart: g.closest('svg')!.getBoundingClientRect().toJSON() as DOMRect,
          label: box('text.label'),
          // The date's last line, which the tag follows.
          date: [...g.querySelectorAll('tspan.date')].pop()!.getBoundingClientRect().toJSON() as DOMRect,
          tag: box('tspan.tag'),
        };
      }),
    );

  for (const [where, path, javaScript] of [
    ['a step of the embed', '/fa/embed/timeline/', true],
    ['the whole list, without scripts', '/fa/', false],
  ] as const)
    it(`runs the phone's timeline rows from the right, each inside the chart (${where})`, async () => {
      const { page, problems, close } = await openPage(path, {
        width: 360,
        height: 740,
        javaScript,
        reducedMotion: true,
      });
      try {
        await page.waitForSelector('[data-orientation="vertical"]');
        const rows = await rowsOf(page);
        expect(rows.length).toBeGreaterThan(1);
        for (const r of rows) {
          // The text ends beside its mark, on the mark's left, as a list read from the right.
          expect(r.mark, r.id).toBeGreaterThan(r.label.right);
          // The lane's tag follows the date in reading order: to its left on the same line, or under it.
          if (Math.abs(r.tag.top - r.date.top) < 4)
            expect(r.tag.right, r.id).toBeLessThanOrEqual(r.date.left + 0.5);
          // Nothing runs out of the chart's left edge, however long a Persian date range is.
          for (const b of [r.label, r.date, r.tag])
            expect(b.left, r.id).toBeGreaterThanOrEqual(r.chart.left - 0.5);
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });

  it("heads the phone's timeline years in the Persian calendar (the whole list, without scripts)", async () => {
    const { page, close } = await openPage('/fa/', {
      width: 360,
      height: 740,
      javaScript: false,
    });
    try {
      const years = await page.$$eval('text.year', (els) => els.map((e) => e.textContent ?? ''));
      expect(years.length).toBeGreaterThan(1);
      for (const y of years) {
        expect(y).toMatch(/[\u06F0-\u06F9]/);
        expect(y).not.toMatch(latin);
      }
    } finally {
      await close();
    }
  });

  it("dates the diagram's links in Persian, and its cards' arrows point the reading way", async () => {
    const { page, problems, close } = await openPage('/fa/embed/network/', { reducedMotion: true });
    try {
      const root = page.locator('[data-card]:has(.link-hit)');
      const link = page.locator('.link-hit[data-visible="true"]').first();
      const id = await link.getAttribute('data-relationship');
      await link.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => root.getAttribute('data-card')).toBe(`link:${id}`);
      // "from ← to": the arrow points left, from the first name (on the right) to the second.
      const title = await root.locator('.card .title').evaluate((p) => {
        // A long name wraps: compare where each name starts, its first line's box.
        const [from, to] = [...p.querySelectorAll('bdi')].map((b) => b.getClientRects()[0].toJSON());
        return { text: p.textContent ?? '', from, to };
      });
      expect(title.text).toContain('←');
      expect(title.text).not.toContain('→');
      expect(title.from.top).toBe(title.to.top);
      expect(title.from.left).toBeGreaterThan(title.to.right);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("dates the story diagram's link labels in Persian at every step", async () => {
    const { page, problems, close } = await openPage('/fa/', {
      width: 360,
      height: 740,
      reducedMotion: true,
    });
    try {
      const steps = await page.$$eval('[data-block]', (blocks) =>
        blocks
          .filter((b) => b.querySelector('[data-graphic="network"]'))
          .flatMap((b) => [...b.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step')!)),
      );
      expect(steps.length).toBeGreaterThan(0);
      const dates: string[] = [];
      for (const id of steps) {
        await scrollToStep(page, id);
        dates.push(
          ...(await page.$$eval('[data-graphic="network"] .link-labels .date', (els) =>
            els.map((e) => e.textContent ?? ''),
          )),
        );
      }
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) expect(d).not.toMatch(latin);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("puts the step cards' edge, citations and the stepper on the reading side", async () => {
    const { page, problems, close } = await openPage('/fa/', { reducedMotion: true });
    try {
      const steps = await page.$$eval('[data-step]', (s) => s.map((e) => e.getAttribute('data-step')!));
      await scrollToStep(page, steps[1]);
      const card = await page.$eval('.step.active .card', (c) => {
        const s = getComputedStyle(c);
        return { right: parseFloat(s.borderRightWidth), left: parseFloat(s.borderLeftWidth) };
      });
      expect(card.right).toBeGreaterThan(card.left);
      // The stepper sits at the graphic's foot, on the left of a right-to-left page.
      const [stepper, graphic] = await Promise.all(
        ['.stepper', '.graphic'].map((s) => page.$eval(s, (e) => e.getBoundingClientRect().toJSON())),
      );
      expect(stepper.left).toBeLessThan(graphic.right);
      expect(stepper.right).toBeLessThanOrEqual(graphic.right + 1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("reads a citation of several sources from the right, and the map's claims with no bracket in a bracket", async () => {
    const { page, close } = await openPage('/fa/', { width: 360, height: 740, reducedMotion: true });
    try {
      // Each claim's "(relayed by …, date)": a date already inside brackets joins its two calendars with a
      // dash, not brackets of its own (the glossary's byline form). A Latin name's own brackets ("… (English
      // site)") are the name's, inside its isolated run, so they are set aside.
      const claims = await page.$$eval('.map-claim [data-claim-id]', (els) =>
        els.map((e) => {
          const own = e.cloneNode(true) as Element;
          own.querySelectorAll('bdi').forEach((b) => b.remove());
          return own.textContent ?? '';
        }),
      );
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(bracketDepth(c), c).toBe(1);
      // On a phone each citation is a row of numbers that never wraps (Markup.svelte).
      const order = await page.$$eval('.cite.numbered', (cites) =>
        cites
          .filter((c) => c.querySelectorAll('a').length > 1)
          .map((c) => [...c.querySelectorAll('a')].map((a) => a.getBoundingClientRect().left)),
      );
      expect(order.length).toBeGreaterThan(0);
      for (const xs of order) expect(xs).toEqual([...xs].sort((a, b) => b - a));
    } finally {
      await close();
    }
  });

  it('names the data page in Persian, and draws Latin names whole inside Persian lines', async () => {
    const { page, close } = await openPage('/fa/data/', { width: 360, height: 740 });
    try {
      // Every full stop or comma right after a Latin letter in the relationships' names ("Tiandy Technologies
      // Co., Ltd." in «شرکت فناوری تیاندی (…)»): drawn right of that letter, as the Latin name runs, never
      // taken by the Persian line to its other end.
      const marks = await page.$$eval(
        '[data-twin="network"] tr.group th, [data-twin="network"] td:nth-child(1), [data-twin="network"] td:nth-child(3)',
        (cells) =>
          cells.flatMap((cell) => {
            const chars: [Text, number][] = [];
            const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null)
              for (let i = 0; i < n.data.length; i++) chars.push([n, i]);
            const text = chars.map(([n, i]) => n.data[i]).join('');
            const box = (k: number) => {
              const r = document.createRange();
              r.setStart(chars[k][0], chars[k][1]);
              r.setEnd(chars[k][0], chars[k][1] + 1);
              return r.getBoundingClientRect();
            };
            return [...text.matchAll(/[A-Za-z][.,]/g)].flatMap((m) => {
              const [letter, mark] = [box(m.index), box(m.index + 1)];
              // A line break between them says nothing of their order.
              return Math.abs(letter.top - mark.top) > 4
                ? []
                : [
                    {
                      text: text.slice(Math.max(0, m.index - 16), m.index + 2),
                      letter: letter.right,
                      mark: mark.left,
                    },
                  ];
            });
          }),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(m.mark, m.text).toBeGreaterThanOrEqual(m.letter - 1);
      const head = await page.evaluate(() => ({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        nav: document.querySelector('nav.editions')?.getAttribute('aria-label') ?? '',
      }));
      for (const text of Object.values(head)) expect(text).toMatch(persian);
      // The headline is data, translated apart; the words around it are the edition's.
      expect(head.title.replace(/«[^»]*»/, '')).not.toMatch(/[A-Za-z]/);
      expect(head.description).not.toMatch(/[A-Za-z]/);
    } finally {
      await close();
    }
  });
});
