// Every built page is valid HTML by the W3C Nu checker (vnu-jar): the published build in dist/ and the
// site built for SITE_URL under a subfolder (tests/build/sites.ts), whose heads carry more (canonical
// links, cards, oEmbed), in one Java run over all of them.
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedSite } from '../build/sites';
import { pagesBuilt } from './quality-assets';
import { pathOf, vnu, type VnuMessage } from './vnu';

const pages = pagesBuilt().map((p) => `dist/${p}`);
let atSiteUrl: string[] = [];
let messages: VnuMessage[] = [];

beforeAll(async () => {
  const { site } = await publishedSite();
  atSiteUrl = pagesBuilt(site).map((p) => join(site, p));
  messages = vnu([...pages, ...atSiteUrl]);
}, 400_000);

describe('valid HTML (W3C Nu checker)', () => {
  it('checks the story, the data page and the three embeds, in both builds', () => {
    const five = [
      'index.html',
      'data/index.html',
      'embed/map/index.html',
      'embed/network/index.html',
      'embed/timeline/index.html',
    ];
    expect(pages).toEqual(expect.arrayContaining(five.map((p) => `dist/${p}`)));
    expect(atSiteUrl.map((p) => p.split('/site/')[1])).toEqual(expect.arrayContaining(five));
  });

  it('reports nothing that is not about a page', () => {
    const paths = new Set([...pages, ...atSiteUrl].map((p) => resolve(p)));
    expect(messages.filter((m) => !paths.has(pathOf(m.url))).map((m) => `${m.type}: ${m.message}`)).toEqual(
      [],
    );
  });

  for (const [i, page] of pages.entries()) {
    it(`finds 0 errors in ${page}, and in the SITE_URL build's copy`, () => {
      const errors = [page, atSiteUrl[i]].flatMap((file) =>
        messages
          .filter((m) => pathOf(m.url) === resolve(file) && m.type !== 'info')
          .map(
            (m) => `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message} — ${m.extract ?? ''}`,
          ),
      );
      expect(errors).toEqual([]);
    });
  }
});
