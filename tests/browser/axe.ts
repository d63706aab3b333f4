// axe-core run in the page through its own API (axe.run), for the accessibility tests and the walk through
// the story's steps. Not @axe-core/playwright: its analyze() serialises every node's results out of the
// page and finishes them in a second, blank page, which took as long again as the rules themselves (the
// data page: 5.5 s a full run against 3.7 s; the story 3.5 against 2.2). What it adds, running axe in every
// frame, no page here needs: checkedFrames() says so, and fails for a page that grows one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules a colour scheme can change: a page passes the rest in light, and a dark run needs only these. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export interface AxeOptions {
  /** Only the colour rules (a dark run). */
  coloursOnly?: boolean;
  /** Selectors of the parts to check; the whole page when absent. */
  include?: string[];
}

/** axe's violations on the page, in a short, readable form: rule, impact, and the first few elements. */
export async function axe(page: Page, { coloursOnly = false, include }: AxeOptions = {}): Promise<string[]> {
  checkedFrames(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, runOnly }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const { violations } = await axe.run(include ? { include: include.map((s) => [s]) } : document, {
        runOnly,
        resultTypes: ['violations'],
      });
      return violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × ` +
          v.nodes
            .slice(0, 4)
            .map((n) => n.target.join(' '))
            .join(', '),
      );
    },
    {
      include,
      runOnly: coloursOnly
        ? ({ type: 'rule', values: colourRules } as const)
        : ({ type: 'tag', values: axeTags } as const),
    },
  );
}

/** axe runs in the page's own frame: a page with frames would leave theirs unchecked. */
function checkedFrames(page: Page) {
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  if (frames.length)
    throw new Error(
      `${page.url()} has ${frames.length} frame(s) (${frames.map((f) => f.url()).join(', ')}), which axe.run in ` +
        'the page does not check: run axe in each (tests/browser/axe.ts).',
    );
}

/** What is wrong with a page's outline: not one main, not one h1 first, a heading that skips a level. */
export async function outlineProblems(page: Page): Promise<string[]> {
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
  const problems: string[] = [];
  if (outline.mains !== 1) problems.push(`${outline.mains} main landmarks`);
  if (outline.h1s !== 1) problems.push(`${outline.h1s} h1s`);
  if (outline.headings[0]?.level !== 1) problems.push(`first heading at level ${outline.headings[0]?.level}`);
  for (const [i, h] of outline.headings.entries())
    if (i > 0 && h.level > outline.headings[i - 1].level + 1)
      problems.push(
        `h${outline.headings[i - 1].level} "${outline.headings[i - 1].text}" → h${h.level} "${h.text}"`,
      );
  return problems;
}
