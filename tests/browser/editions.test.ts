// The Persian and Chinese editions as readers get them: the story, the data page and each embed load in
// their folder with the edition's language and direction, in its words, with no console error, failed
// script or CSP violation; the language switcher of the story and the data page leads to the same page in
// each edition, an embed's credit to its edition's story, and the data page's downloads to the one copy
// at the site's root.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, origin } from './harness';
import { editions } from '../../src/lib/editions/editions';

afterAll(closeBrowser);

/** Records every CSP violation the page reports, from before its first script. */
function recordViolations() {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
  );
}

const pages = ['', 'data/', 'embed/map/', 'embed/network/', 'embed/timeline/'];
/** Letters of the edition's script: Persian (Arabic block), Chinese (CJK ideographs). */
const script = { fa: /[\u0600-\u06FF]/, zh: /[\u4E00-\u9FFF]/ };

describe.each(['fa', 'zh'] as const)('the %s edition', (id) => {
  const edition = editions[id];
  for (const path of pages) {
    it(`/${id}/${path} loads in ${edition.lang}, ${edition.dir}, in its words, with no error`, async () => {
      const { page, problems, requests, close } = await openPage(`/${id}/${path}`, {
        initScript: recordViolations,
      });
      try {
        const html = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          // The data words; the interface's own (the data page's title) are the strings' library's.
          words: document.querySelector('main')?.textContent ?? '',
          csp: (window as unknown as { __csp: string[] }).__csp,
        }));
        expect(html).toMatchObject({ lang: edition.lang, dir: edition.dir, csp: [] });
        expect(html.words).toMatch(script[id]);
        expect(problems).toEqual([]);
        // Every request stays on our host, and the edition's scripts come from its own folder.
        expect(requests.filter((r) => !r.startsWith(origin()))).toEqual([]);
        const scripts = await page.$$eval('script[src]', (s) => s.map((e) => (e as HTMLScriptElement).src));
        expect(scripts.length).toBeGreaterThan(0);
        for (const src of scripts) expect(new URL(src).pathname).toMatch(new RegExp(`^/${id}/assets/`));

        if (path.startsWith('embed/')) {
          // An embed has no switcher (scripts/prerender.ts says why): its credit links its edition's story.
          expect(await page.locator('nav.editions').count()).toBe(0);
          const story = await page.$eval('.credit a', (a) => (a as HTMLAnchorElement).href);
          expect(new URL(story).pathname).toBe(`/${id}/`);
          return;
        }
        // The switcher: this page in every edition, each marked with its language; this one current.
        const links = await page.$$eval('nav.editions a', (as) =>
          as.map((a) => ({
            href: (a as HTMLAnchorElement).href,
            hreflang: a.getAttribute('hreflang'),
            lang: a.getAttribute('lang'),
            current: a.getAttribute('aria-current'),
          })),
        );
        expect(links.map((l) => l.hreflang)).toEqual(['en', 'fa-IR', 'zh-Hans']);
        expect(links.every((l) => l.lang === l.hreflang)).toBe(true);
        expect(links.filter((l) => l.current).map((l) => new URL(l.href).pathname)).toEqual([
          `/${id}/${path}`,
        ]);
        for (const l of links) expect((await page.request.get(l.href)).status(), l.href).toBe(200);
      } finally {
        await close();
      }
    });
  }

  it(`/${id}/ says it is a translation of the English edition, and how far it is checked`, async () => {
    const { page, close } = await openPage(`/${id}/`);
    try {
      const status = page.locator('nav.editions .status');
      expect(await status.getAttribute('data-translated-from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await status.textContent()).toMatch(script[id]);
    } finally {
      await close();
    }
  });

  it(`/${id}/data/ links its downloads to the one copy at the site's root`, async () => {
    const { page, close } = await openPage(`/${id}/data/`);
    try {
      const hrefs = await page.$$eval('a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(new URL(href).pathname).toMatch(/^\/data\/[^/]+$/);
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
    } finally {
      await close();
    }
  });
});
