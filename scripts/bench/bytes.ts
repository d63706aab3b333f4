// Bytes, gzipped as a server would send them: what the story made a reader download against the size of
// its content, and what a build wrote (the story's and embeds' budgets, the downloads, the whole site).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budget, gzipSize } from '../../tests/browser/quality-assets';
import { round } from './stats';
import { chartNames } from '../../src/lib/charts/registry';

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * Every file of ours the page loaded (`loaded`: paths on the preview server, served from dist/) against the
 * content itself: the page's visible `text`, data/*.json and the prepared map geometry.
 */
export function bytesShipped(loaded: Iterable<string>, text: string) {
  const files = [...loaded]
    .map((p) => (p.endsWith('/') ? p + 'index.html' : p))
    .map((p) => join('dist', decodeURIComponent(p)))
    .filter((f) => existsSync(f));
  const shipped = files.reduce((n, f) => n + gzip(readFileSync(f)), 0);
  const dataFiles = readdirSync('data')
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join('data', f), 'utf8'));
  const geometry = existsSync('src/lib/geo/world.json') ? readFileSync('src/lib/geo/world.json', 'utf8') : '';
  const content = gzip([text, ...dataFiles, geometry].join('\n'));
  return {
    bytesShippedGzip: shipped,
    contentGzip: content,
    bytesPerContentByte: round(shipped / content, 2),
    filesLoaded: files.length,
  };
}

export interface BuildBytes {
  storyHtmlGzip: number;
  storyFirstView: number;
  storyWhole: number;
  embedJsMax: number;
  downloadsGzip: number;
  siteGzip: number;
}

/** What a build wrote to `outDir`, measured as the byte budgets measure it. */
export function bytesBuilt(outDir: string): BuildBytes {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name));
  const story = budget('index.html', outDir);
  return {
    storyHtmlGzip: gzipSize(join(outDir, 'index.html')),
    storyFirstView: story.firstView,
    storyWhole: story.whole,
    embedJsMax: Math.max(...chartNames.map((c) => budget(`embed/${c}/index.html`, outDir).allJs)),
    downloadsGzip: files.filter((f) => f.includes(`${outDir}/data/`)).reduce((n, f) => n + gzipSize(f), 0),
    siteGzip: files.reduce((n, f) => n + gzipSize(f), 0),
  };
}
