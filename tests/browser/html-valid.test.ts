// Every built page of every edition is valid HTML by the W3C Nu checker (vnu-jar): the published build in
// dist/ and the site built for SITE_URL under a subfolder (tests/build/sites.ts), whose heads carry more
// (canonical links, cards, oEmbed, the editions' alternates), in one Java run over all of them.
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedSite } from '../build/sites';
import { editions } from '../../src/lib/editions/editions';
import { pagesBuilt } from './quality-assets';
import { editionIds } from './quality-content';
import { pathOf, vnu, type VnuMessage } from './vnu';

/** Every edition's pages in a built site, named from its root ("fa/data/index.html"). */
const everyEdition = (dist = 'dist') => editionIds.flatMap((id) => pagesBuilt(dist, editions[id].path));
const pages = everyEdition().map((p) => `dist/${p}`);
let atSiteUrl: string[] = [];
let messages: VnuMessage[] = [];

beforeAll(async () => {
  const { site } = await publishedSite();
  atSiteUrl = everyEdition(site).map((p) => join(site, p));
  messages = vnu([...pages, ...atSiteUrl]);
}, 400_000);

describe('valid HTML (W3C Nu checker)', () => {
  it('checks the story, the data page and the three embeds of every edition, in both builds', () => {
    const five = editionIds.flatMap((id) =>
      [
        'index.html',
        'data/index.html',
        'embed/map/index.html',
        'embed/network/index.html',
        'embed/timeline/index.html',
      ].map((p) => editions[id].path + p),
    );
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
