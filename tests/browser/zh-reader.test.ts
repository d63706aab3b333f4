// The Chinese edition as a reader in mainland China sees it: dates in Chinese forms everywhere, the charts'
// included; no space beside full-width punctuation; leading for ideographs and no faked italics; and no
// line that starts with a name's middle dot or a citation's number.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './harness';

afterAll(closeBrowser);

/** An English month's name, as the English edition writes dates ("15 Dec 2022", "Sep 2022"). */
const englishMonth = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** A date or a range the Chinese way: 2022年, 2022年12月, 2022年12月15日, …至24日, …至2023年2月; a
 * measure's date says what it is in brackets: 2024年9月（确认审查）. */
const chineseDate = /^\d{4}年(\d{1,2}月(\d{1,2}日)?)?(至(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?)?(（[^（）]+）)?$/;
/** A space after or before a full-width mark, or between two ideographs, where Chinese puts none. */
const spaced = /[：，、；。（“][ \u00a0]|[ \u00a0][：，、；）”。]|\p{Script=Han} \p{Script=Han}/u;

describe('the Chinese edition', () => {
  it.each(['embed/network/', 'embed/timeline/', 'embed/map/'])(
    '/zh/%s draws its chart with Chinese dates',
    async (path) => {
      const { page, close } = await openPage(`/zh/${path}`, { width: 640 });
      try {
        const texts = await page.$$eval('main svg text', (ts) => ts.map((t) => t.textContent ?? ''));
        expect(texts.length).toBeGreaterThan(0);
        expect(texts.filter((t) => englishMonth.test(t))).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('writes every date of the data page in Chinese forms, ranges joined by 至', async () => {
    const { page, close } = await openPage('/zh/data/');
    try {
      const dates = await page.$$eval('main time', (ts) => ts.map((t) => t.textContent?.trim() ?? ''));
      expect(dates.length).toBeGreaterThan(10);
      expect(dates.filter((d) => !chineseDate.test(d))).toEqual([]);
      expect(dates.some((d) => d.includes('至'))).toBe(true);
    } finally {
      await close();
    }
  });

  it.each(['', 'data/', 'embed/map/'])('/zh/%s puts no space beside full-width punctuation', async (path) => {
    const { page, close } = await openPage(`/zh/${path}`, { width: 360 });
    try {
      // innerText: what the reader sees, with the blocks' edges as line ends rather than the markup's spaces.
      const lines = await page.evaluate(() => document.body.innerText.split('\n'));
      expect(lines.filter((l) => spaced.test(l))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sets text upright, with leading for ideographs', async () => {
    const { page, close } = await openPage('/zh/', { width: 360 });
    try {
      const style = await page.evaluate(() => {
        const p = document.querySelector('.dek') ?? document.querySelector('main p')!;
        const s = getComputedStyle(p);
        return {
          leading: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
          synthesis: getComputedStyle(document.documentElement).fontSynthesisStyle,
        };
      });
      expect(style.leading).toBeGreaterThanOrEqual(1.7);
      expect(style.synthesis).toBe('none');
    } finally {
      await close();
    }
  });

  it('never splits a name or a date, nor starts a line with a citation’s number', async () => {
    // Phones: citations are superscript numbers; 360 px wraps the most lines.
    const { page, close } = await openPage('/zh/', { width: 360 });
    try {
      const found = await page.evaluate(() => {
        // Names (马可·卢比奥) and dates (2022年12月15日) are each kept on one line.
        const names = [...document.querySelectorAll('.keep')];
        const dates = names.filter((n) => /\d年/.test(n.textContent ?? '')).length;
        const brokenNames = names.filter((n) => n.getClientRects().length > 1).map((n) => n.textContent);
        // Each numbered citation sits on the line of the character before it.
        const alone: string[] = [];
        const cites = [...document.querySelectorAll('.cite.numbered')];
        for (const c of cites) {
          const prev = c.previousSibling;
          if (prev?.nodeType !== Node.TEXT_NODE || !prev.textContent) continue;
          const r = document.createRange();
          r.setStart(prev, prev.textContent.length - 1);
          r.setEnd(prev, prev.textContent.length);
          const before = r.getBoundingClientRect();
          const sup = c.getClientRects()[0];
          if (before.width > 0 && Math.abs(sup.top - before.top) > before.height * 0.8)
            alone.push(`${prev.textContent.slice(-6)}|${c.textContent}`);
        }
        return { names: names.length, dates, brokenNames, cites: cites.length, alone };
      });
      expect(found.names).toBeGreaterThan(0);
      expect(found.dates).toBeGreaterThan(0);
      expect(found.brokenNames).toEqual([]);
      expect(found.cites).toBeGreaterThan(10);
      expect(found.alone).toEqual([]);
    } finally {
      await close();
    }
  });
});
