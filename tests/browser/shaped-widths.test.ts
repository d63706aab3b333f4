// The Persian and Chinese label widths the charts lay out with (tabled at build time by HarfBuzz in the
// shipped fonts: scripts/textWidths.ts) against what Chromium draws: within 5% for every label of a
// sample, at both weights. And a Persian label under labelAnchor sits on the side of x the layout meant.
// The fixtures are pages of their own (no built site): the Persian subset as a data: URL, the Chinese on
// the system stack the zh edition asks for (Noto Sans CJK SC here).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shapedMeasure } from '../../src/lib/charts/shapedMeasure';
import { anchorIn, type Anchor } from '../../src/lib/charts/textDirection';
import { editionChars, editionFamily, editionTexts, persianFont } from '../../scripts/fonts';
import { editionLabels, widthTable } from '../../scripts/textWidths';
import { closeBrowser, getBrowser } from './harness';

const size = 16;
let page: Page;

/** A page of SVG texts in the edition's font; resolves once its fonts are loaded. */
async function fixture(edition: 'fa' | 'zh', body: string): Promise<void> {
  const face =
    edition === 'fa'
      ? `@font-face{font-family:'Vazirmatn';font-weight:400 700;src:url(data:font/woff2;base64,${readFileSync(
          (await persianFont(editionChars(editionTexts('fa')))).file,
        ).toString('base64')}) format('woff2')}`
      : '';
  await page.setContent(
    `<!doctype html><html lang="${edition === 'fa' ? 'fa-IR' : 'zh-Hans'}" dir="${edition === 'fa' ? 'rtl' : 'ltr'}">` +
      `<style>${face} svg{direction:ltr;font-family:${editionFamily[edition]};font-size:${size}px}</style>` +
      `<svg width="2000" height="100">${body}</svg></html>`,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

beforeAll(async () => {
  page = await (await getBrowser()).newPage();
});
afterAll(async () => {
  await page.close();
  await closeBrowser();
});

describe.each(['fa', 'zh'] as const)('%s label widths against Chromium', (edition) => {
  it('are within 5% of getComputedTextLength for every sampled label, regular and bold', async () => {
    const measure = shapedMeasure(
      (await widthTable(edition, editionTexts(edition), editionLabels(edition)))!,
    );
    // Every fourth label: names, link labels, event titles, dates.
    const labels = [...new Set(editionLabels(edition))].filter((_, i) => i % 4 === 0);
    expect(labels.length).toBeGreaterThan(40);
    const texts = labels.flatMap((l) => (['regular', 'bold'] as const).map((w) => ({ label: l, weight: w })));
    await fixture(
      edition,
      texts
        .map(
          (t) =>
            // xml:space keeps a fragment's edge spaces (": "), which the measure counts as given.
            `<text x="10" y="50" xml:space="preserve" font-weight="${t.weight === 'bold' ? 700 : 400}"` +
            `${edition === 'fa' ? ' direction="rtl"' : ''}>${escape(t.label)}</text>`,
        )
        .join(''),
    );
    const drawn = await page.$$eval('text', (els) =>
      els.map((e) => (e as SVGTextElement).getComputedTextLength()),
    );
    const errors = texts.map((t, i) => {
      const ours = measure.textWidth(t.label, size, t.weight);
      return { ...t, ours, drawn: drawn[i], error: ours / drawn[i] - 1 };
    });
    const worst = errors.reduce((a, b) => (Math.abs(b.error) > Math.abs(a.error) ? b : a));
    console.log(
      `${edition}: ${texts.length} labels, worst ${(worst.error * 100).toFixed(2)}% (${worst.label}, ${worst.weight}), ` +
        `mean |error| ${((errors.reduce((s, e) => s + Math.abs(e.error), 0) / errors.length) * 100).toFixed(2)}%`,
    );
    for (const e of errors)
      expect(Math.abs(e.error), `${e.label} (${e.weight}): ${e.ours} vs ${e.drawn}`).toBeLessThanOrEqual(
        0.05,
      );
  });
});

describe('a Persian label under labelAnchor', () => {
  const label = 'سپاه پاسداران انقلاب اسلامی';
  it.each([
    ['start', 'starts at x and runs right'],
    ['middle', 'centres on x'],
    ['end', 'ends at x'],
  ] as [Anchor, string][])('anchored %s %s, as the layout measured it', async (anchor) => {
    await fixture(
      'fa',
      `<text x="500" y="50" direction="rtl" text-anchor="${anchorIn('rtl', anchor)}">${label}</text>`,
    );
    const box = await page.$eval('text', (e) => {
      const b = (e as SVGTextElement).getBBox();
      return { x: b.x, width: b.width };
    });
    const x0 = { start: 500, middle: 500 - box.width / 2, end: 500 - box.width }[anchor];
    expect(box.width).toBeGreaterThan(100);
    expect(box.x).toBeCloseTo(x0, 0);
  });
});
