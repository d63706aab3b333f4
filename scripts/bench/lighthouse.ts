// Lighthouse 12 with its default mobile preset, `runs` times in one headless Chromium: every run's scores,
// LCP, TBT and CLS, their medians, and where the first run lost points.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { median, round } from './stats';

export interface LighthouseFigures {
  runs: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    lcpMs: number;
    tbtMs: number;
    cls: number;
  }[];
  median: LighthouseFigures['runs'][number];
  /** Audits below full score in the first run, by category: where the points went. */
  losing: Record<string, string[]>;
}

export async function runLighthouse(
  url: string,
  chromePath: string,
  runs: number,
): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const all: LighthouseFigures['runs'] = [];
  const losing: Record<string, string[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      // No config: Lighthouse's default is the mobile preset (Moto G Power, simulated slow 4G, 4× CPU).
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      const { categories, audits } = result.lhr;
      if (i === 0)
        for (const [id, cat] of Object.entries(categories))
          losing[id] = cat.auditRefs
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`);
      const score = (id: string) => round((categories[id]?.score ?? NaN) * 100);
      all.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: round(audits['total-blocking-time']?.numericValue ?? NaN),
        cls: round(audits['cumulative-layout-shift']?.numericValue ?? NaN, 4),
      });
      console.log(`  lighthouse run ${i + 1}/${runs}: ${JSON.stringify(all.at(-1))}`);
    }
  } finally {
    await chrome.kill();
  }
  const pick = <K extends keyof LighthouseFigures['median']>(k: K) => median(all.map((r) => r[k]));
  return {
    runs: all,
    losing,
    median: {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
    },
  };
}
