// What the benchmark prints: the table of page figures against their targets, where Lighthouse lost points,
// every long frame of every scroll, and the builds side by side with how build time grows with the data.
// Figures only: nothing here passes or fails.
import { budgets, kb, type Budget } from '../../tests/browser/quality-assets';
import type { BuildFigures } from './builds';
import type { LighthouseFigures } from './lighthouse';
import type { ScrollSummary } from './scroll';
import { median } from './stats';

export const targets = {
  performance: '≥ 95',
  tbtMs: '≤ 50',
  lcpMs: '≤ 1200',
  cls: '≤ 0.01',
  longFramesDuringScroll: '0',
} as const;

export function printBuilds(figures: BuildFigures[]) {
  const [a, b] = figures;
  const ratio = (x: number, y: number) => (x ? `×${(y / x).toFixed(2)}` : 'n/a');
  const rows: [string, number | string, number | string, string][] = [
    ...(Object.keys(a.records) as (keyof BuildFigures['records'])[]).map(
      (k) =>
        [`records: ${k}`, a.records[k], b.records[k], ratio(a.records[k], b.records[k])] as [
          string,
          number,
          number,
          string,
        ],
    ),
    ['diagram layout alone (s)', a.layoutS, b.layoutS, ratio(a.layoutS, b.layoutS)],
    ['build, layout worked out (s)', a.coldS, b.coldS, ratio(a.coldS, b.coldS)],
    [
      `build, layout cached (s, median of ${a.warmS.length})`,
      median(a.warmS),
      median(b.warmS),
      ratio(median(a.warmS), median(b.warmS)),
    ],
    [
      'story HTML, gzip',
      kb(a.bytes.storyHtmlGzip),
      kb(b.bytes.storyHtmlGzip),
      ratio(a.bytes.storyHtmlGzip, b.bytes.storyHtmlGzip),
    ],
    [
      'story first view, gzip (≤ 150 KB)',
      kb(a.bytes.storyFirstView),
      kb(b.bytes.storyFirstView),
      ratio(a.bytes.storyFirstView, b.bytes.storyFirstView),
    ],
    [
      'story, everything, gzip (≤ 400 KB)',
      kb(a.bytes.storyWhole),
      kb(b.bytes.storyWhole),
      ratio(a.bytes.storyWhole, b.bytes.storyWhole),
    ],
    [
      `largest embed JS, gzip (≤ ${budgets.embedJs} KB, map ${budgets.mapEmbedJs})`,
      kb(a.bytes.embedJsMax),
      kb(b.bytes.embedJsMax),
      ratio(a.bytes.embedJsMax, b.bytes.embedJsMax),
    ],
    [
      'downloads (data/), gzip',
      kb(a.bytes.downloadsGzip),
      kb(b.bytes.downloadsGzip),
      ratio(a.bytes.downloadsGzip, b.bytes.downloadsGzip),
    ],
    [
      'whole site, gzip',
      kb(a.bytes.siteGzip),
      kb(b.bytes.siteGzip),
      ratio(a.bytes.siteGzip, b.bytes.siteGzip),
    ],
  ];
  console.log('\n' + ['build'.padEnd(44), a.name.padEnd(16), b.name.padEnd(16), 'ratio'].join(''));
  for (const [name, x, y, r] of rows)
    console.log(name.padEnd(44) + String(x).padEnd(16) + String(y).padEnd(16) + r);
  const grow = (t: (f: BuildFigures) => number) => (t(b) / t(a)).toFixed(2);
  console.log(
    `\nBuild time grows ×${grow((f) => median(f.warmS))} (cached layout) and ×${grow((f) => f.coldS)} ` +
      `(layout worked out) for ×${grow((f) => f.records.total)} the records; the diagram's layout alone ` +
      `×${grow((f) => f.layoutS)} for ×${grow((f) => f.records.entities)} the actors.`,
  );
}

/** The whole report as bench-report.json holds it: each part's figures, or the error that stopped it. */
export function printReport(report: Record<string, unknown>) {
  const lh = (report.lighthouse as LighthouseFigures | { error: string }) ?? {};
  const sc = (report.scroll as ScrollSummary | { error: string }) ?? {};
  const m = 'median' in lh ? lh.median : undefined;
  const all = 'runs' in sc ? sc : undefined;
  const s = all?.median;
  const rows: [string, string | number, string][] = [
    ['Lighthouse performance (median)', m?.performance ?? 'n/a', targets.performance],
    ['Lighthouse accessibility', m?.accessibility ?? 'n/a', ''],
    ['Lighthouse best practices', m?.bestPractices ?? 'n/a', ''],
    ['Lighthouse SEO', m?.seo ?? 'n/a', ''],
    ['LCP (ms)', m?.lcpMs ?? 'n/a', targets.lcpMs],
    ['TBT (ms)', m?.tbtMs ?? 'n/a', targets.tbtMs],
    ['CLS', m?.cls ?? 'n/a', targets.cls],
    ['long frames > 50 ms, load (4× CPU)', s?.longFramesDuringLoad ?? 'n/a', ''],
    [
      'long frames > 50 ms, scroll (4× CPU)',
      all ? `${all.medianLongFrames} (${all.longFramesPerScroll.join(', ')})` : 'n/a',
      `${targets.longFramesDuringScroll} (median; each scroll's)`,
    ],
    [
      'longest frame in scroll (ms)',
      all ? Math.max(...all.runs.map((r) => r.longestFrameMs)) : 'n/a',
      'any scroll',
    ],
    ['layouts during scroll', s?.layoutsDuringScroll ?? 'n/a', ''],
    ['style recalcs during scroll', s?.styleRecalcsDuringScroll ?? 'n/a', ''],
    ['layout time during scroll (ms)', s?.layoutMsDuringScroll ?? 'n/a', ''],
    ['script time during scroll (ms)', s?.scriptMsDuringScroll ?? 'n/a', ''],
    ['bytes shipped, gzip', s ? `${(s.bytesShippedGzip / 1024).toFixed(1)} KB` : 'n/a', ''],
    ['content (text+data+geometry), gzip', s ? `${(s.contentGzip / 1024).toFixed(1)} KB` : 'n/a', ''],
    ['shipped / content', s?.bytesPerContentByte ?? 'n/a', ''],
  ];
  console.log('\n' + ['figure'.padEnd(40), 'value'.padEnd(14), 'target'].join(''));
  for (const [name, value, target] of rows) console.log(name.padEnd(40) + String(value).padEnd(14) + target);
  if (m && 'losing' in lh)
    for (const [cat, ids] of Object.entries(lh.losing))
      if (ids.length) console.log(`Lighthouse ${cat} loses points on: ${ids.join(', ')}`);
  for (const [i, r] of (all?.runs ?? []).entries())
    for (const f of r.longFrames)
      console.log(
        `scroll ${i + 1}: long frame ${f.duration} ms (reading ${f.at}): ${f.scripts.map((x) => `${x.what} ${x.ms} ms`).join(', ') || 'no script over 5 ms'}; style+layout ${f.styleAndLayoutMs} ms`,
      );
  if (report.budgets) printEditions(report.budgets as Budget[]);
  if (report.builds) printBuilds(report.builds as BuildFigures[]);
}

/** Each page's whole weight (gzip) in each edition, and what a translated page adds to the English one. */
function printEditions(pages: Budget[]) {
  const english = pages.filter((p) => !/^[a-z]{2}\//.test(p.page));
  const others = [...new Set(pages.map((p) => /^([a-z]{2})\//.exec(p.page)?.[1]).filter(Boolean))];
  console.log(
    '\n' +
      [
        'page, everything it can load (gzip)'.padEnd(40),
        'en'.padEnd(12),
        ...others.map((o) => `${o} (+ ≤ ${budgets.editionExtra[o!]} KB)`.padEnd(24)),
      ].join(''),
  );
  for (const en of english) {
    const cells = others.map((o) => {
      const own = pages.find((p) => p.page === `${o}/${en.page}`);
      return (own ? `${kb(own.whole)} (+${((own.whole - en.whole) / 1024).toFixed(1)})` : 'not built').padEnd(
        24,
      );
    });
    console.log(en.page.padEnd(40) + kb(en.whole).padEnd(12) + cells.join(''));
  }
}
