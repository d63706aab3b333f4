// Byte budgets, measured from the built files (gzip level 9), not from timings: the JavaScript that runs
// before the first scroll, the first view, the whole story, and the JavaScript of each embed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budget, budgets, embedBudget, kb, pageAssets, pagesBuilt, type Budget } from './quality-assets';

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

// The story's words are in its HTML; its scripts hydrate only the charts and the stepper, so carrying the
// words again there would send them twice (most of what a translated edition weighs over the English
// page). A step may repeat a record's words (a quote, a name), which the charts do carry: those are left out.
const recordTexts = (edition: string): string[] => {
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  if (edition)
    return (
      JSON.parse(readFileSync(`data/translations/${edition}.json`, 'utf8')) as {
        entries: { key: string; text: string }[];
      }
    ).entries
      .filter((e) => !e.key.startsWith('story/'))
      .map((e) => e.text);
  return readdirSync('data')
    .filter((f) => f.endsWith('.json') && f !== 'story.json')
    .flatMap((f) => strings(JSON.parse(readFileSync(`data/${f}`, 'utf8'))));
};

describe.each(['', ...Object.keys(budgets.editionExtra)])('the story page %s', (edition) => {
  it("carries each step's words in its HTML and in none of its scripts", () => {
    const assets = pageAssets(edition ? `${edition}/index.html` : 'index.html');
    const cards = [...readFileSync(assets.html, 'utf8').matchAll(/<p class="card">([\s\S]*?)<\/p>/g)].map(
      // Without its citations (links to the sources, whose names the charts' cards also print).
      (m) => m[1].replace(/<a\b[\s\S]*?<\/a>|<[^>]*>|&[a-z#0-9]+;/gi, ' '),
    );
    expect(cards.length).toBeGreaterThan(10);
    const records = recordTexts(edition);
    // Each card's longest run of letters and spaces that no record shares: plain words, spelled the same
    // in a script's string.
    const words = cards.map(
      (t) =>
        (t.match(/[\p{L}\p{M} ]+/gu) ?? [])
          .map((w) => w.trim())
          .filter((w) => !records.some((r) => r.includes(w)))
          .sort((a, b) => b.length - a.length)[0] ?? '',
    );
    expect(Math.min(...words.map((w) => w.length))).toBeGreaterThanOrEqual(8);
    const scripts = [...assets.initialJs, ...assets.lazy.filter((f) => f.endsWith('.js'))].map((f) =>
      readFileSync(f, 'utf8'),
    );
    expect(scripts.length).toBeGreaterThan(3);
    expect(words.filter((w) => scripts.some((code) => code.includes(w)))).toEqual([]);
  });
});
