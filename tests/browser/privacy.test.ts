// Privacy: the data page and the embeds, in every edition, ask nothing of any host but
// their own, set no cookie and write nothing to storage (there is no reader preference to keep on these pages). The story,
// walked through every step, is held to the same in steps.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, origin } from './harness';
import { countStorageWrites, nothingLeft, storageLeft } from './storage';
import { editionIds, gatedPathsOf, prefixOf } from './quality-content';

afterAll(closeBrowser);

/** Requests to anywhere but the page's own host (data: URLs are inline and go nowhere). */
const foreign = (requests: string[]) =>
  requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin());

/** What a page's markup loads: scripts, stylesheets, images, frames (not its canonical or alternates). */
const markupUrls = (page: Page) =>
  page.$$eval('script[src], link[href], img[src], iframe[src], source[src]', (els) =>
    els
      .filter((e) => e.tagName !== 'LINK' || !/^(canonical|alternate)$/.test(e.getAttribute('rel') ?? ''))
      .map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href || (e as HTMLIFrameElement).src)
      .filter(Boolean),
  );

describe.each(editionIds)('privacy, %s edition', (id) => {
  // Each page once, in light: the dark theme is the same code and stylesheet, asking for nothing more
  // (the CSP test visits the English pages in dark too, and would see a request it blocks).
  for (const path of gatedPathsOf(id).map((p) => prefixOf(id) + p)) {
    it(`${path} talks only to its own host and stores nothing`, async () => {
      const { page, context, requests, close } = await openPage(path, {
        initScript: countStorageWrites,
        width: 400,
        height: 700,
      });
      await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
      await page.waitForLoadState('networkidle');
      expect(foreign(requests)).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await storageLeft(page)).toEqual(nothingLeft);
      // Its markup, on the same visit (below, its story's without JavaScript).
      expect(foreign(await markupUrls(page)), 'markup').toEqual([]);
      await close();
    });
  }

  it('links no analytics, font or script CDN in its story', async () => {
    const { page, close } = await openPage(`${prefixOf(id)}/`, { javaScript: false });
    expect(foreign(await markupUrls(page))).toEqual([]);
    await close();
  });
});
