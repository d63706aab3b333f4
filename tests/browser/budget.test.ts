// Byte budgets, measured from the built files (gzip level 9), not from timings: the JavaScript that runs
// before the first scroll, the first view, the whole story, and the JavaScript of each embed.
import { describe, expect, it } from 'vitest';
import { budget, budgets, embedBudget, kb, pagesBuilt, type Budget } from './quality-assets';

const KB = 1024;
const pages = pagesBuilt();
const figures: Budget[] = pages.map((p) => budget(p));
const story = figures.find((f) => f.page === 'index.html')!;
const embeds = figures.filter((f) => f.page.startsWith('embed/'));

console.log(
  '\nbytes gzipped (level 9)\n' +
    ['page', 'JS before scroll', 'first view', 'everything', 'all JS']
      .map((h, i) => h.padEnd(i === 0 ? 28 : 20))
      .join('') +
    '\n' +
    figures
      .map((f) =>
        [f.page, kb(f.initialJs), kb(f.firstView), kb(f.whole), kb(f.allJs)]
          .map((c, i) => c.padEnd(i === 0 ? 28 : 20))
          .join(''),
      )
      .join('\n') +
    `\nbudgets: story JS before scroll ≤ ${budgets.storyInitialJs} KB, first view ≤ ${budgets.storyFirstView} KB, everything ≤ ${budgets.storyWhole} KB; each embed JS ≤ ${budgets.embedJs} KB (the map embed ≤ ${budgets.mapEmbedJs} KB)\n`,
);

describe('byte budgets', () => {
  it('finds the story and the three embeds in dist/', () => {
    expect(pages).toContain('index.html');
    expect(embeds.map((e) => e.page)).toEqual([
      'embed/map/index.html',
      'embed/network/index.html',
      'embed/timeline/index.html',
    ]);
    expect(story.initialJs).toBeGreaterThan(0);
  });

  it(`loads at most ${budgets.storyInitialJs} KB of JavaScript before the first scroll`, () => {
    expect(story.initialJs / KB).toBeLessThanOrEqual(budgets.storyInitialJs);
  });

  it(`sends at most ${budgets.storyFirstView} KB for the first view (HTML, CSS, that JavaScript, images)`, () => {
    expect(story.firstView / KB).toBeLessThanOrEqual(budgets.storyFirstView);
  });

  it(`sends at most ${budgets.storyWhole} KB for everything the story can load`, () => {
    expect(story.whole / KB).toBeLessThanOrEqual(budgets.storyWhole);
  });

  for (const embed of embeds) {
    it(`ships at most ${embedBudget(embed.page)} KB of JavaScript in ${embed.page.split('/')[1]} embed`, () => {
      expect(embed.allJs / KB).toBeLessThanOrEqual(embedBudget(embed.page));
    });
  }
});

describe.each(Object.keys(budgets.editionExtra))('the %s edition', (edition) => {
  const extra = budgets.editionExtra[edition];
  const translated = pagesBuilt('dist', `${edition}/`);
  it('has every page the English edition has', () => {
    expect(translated).toEqual(pages.map((p) => `${edition}/${p}`));
  });
  for (const page of pages) {
    it(`weighs at most ${extra} KB more than the English ${page}`, () => {
      const english = budget(page).whole;
      const own = budget(`${edition}/${page}`).whole;
      expect((own - english) / KB, `${kb(own)} against ${kb(english)}`).toBeLessThanOrEqual(extra);
    });
  }
});
