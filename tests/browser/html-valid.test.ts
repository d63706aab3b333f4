// Every built page is valid HTML by the W3C Nu checker (vnu-jar), run once over all pages.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesBuilt } from './quality-assets';

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

const pages = pagesBuilt().map((p) => `dist/${p}`);
const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
// vnu's CSS checker predates two SVG 2 properties the charts use (both in every current browser). The
// stylesheet is inlined into each page, so vnu now reads CSS it never saw as a separate file; only these
// two property names are let through, every other CSS or HTML error still fails.
const knownGoodCss = String.raw`CSS: “(vector-effect|paint-order)”: Property “(vector-effect|paint-order)” doesn.t exist\.`;
let messages: VnuMessage[] = [];
/** vnu names files as file:/abs/path (one slash); compare absolute paths. */
const pathOf = (url: string) => decodeURIComponent(url.replace(/^file:\/*/, '/'));

beforeAll(() => {
  let out: string;
  try {
    const args = [
      '-jar',
      jar,
      '--errors-only',
      '--filterpattern',
      knownGoodCss,
      '--format',
      'json',
      '--stdout',
    ];
    out = execFileSync('java', [...args, ...pages], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stdout.
    const e = error as { stdout?: string; message: string };
    if (!e.stdout) throw new Error(`vnu did not run (is Java installed?): ${e.message}`);
    out = e.stdout;
  }
  messages = (JSON.parse(out) as { messages: VnuMessage[] }).messages;
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
