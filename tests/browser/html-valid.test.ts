// Every built page is valid HTML by the W3C Nu checker (vnu-jar), run once over all pages.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesBuilt } from './quality-assets';
import { pathOf, vnu, type VnuMessage } from './vnu';

const pages = pagesBuilt().map((p) => `dist/${p}`);
let messages: VnuMessage[] = [];

beforeAll(() => {
  messages = vnu(pages);
}, 120_000);

describe('valid HTML (W3C Nu checker)', () => {
  it('checks the story, the data page and the three embeds', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'dist/index.html',
        'dist/data/index.html',
        'dist/embed/map/index.html',
        'dist/embed/network/index.html',
        'dist/embed/timeline/index.html',
      ]),
    );
  });

  it('reports nothing that is not about a page', () => {
    const paths = new Set(pages.map((p) => resolve(p)));
    expect(messages.filter((m) => !paths.has(pathOf(m.url))).map((m) => `${m.type}: ${m.message}`)).toEqual(
      [],
    );
  });

  for (const page of pages) {
    it(`finds 0 errors in ${page}`, () => {
      const errors = messages
        .filter((m) => pathOf(m.url) === resolve(page) && m.type !== 'info')
        .map((m) => `${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message} — ${m.extract ?? ''}`);
      expect(errors).toEqual([]);
    });
  }
});
