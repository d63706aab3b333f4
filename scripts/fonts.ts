// The fonts each edition ships, subset at build time to the characters its pages use. Persian gets
// Vazirmatn (OFL, from npm) without its Latin letters, its variable font limited to weights 400–700, one
// woff2 with every GSUB/GPOS feature kept: splitting
// an Arabic-script font into unicode-range pieces breaks shaping across the pieces
// (research/editions-anchors.md §4). Chinese reads in the reader's system fonts (no web font); English as
// before. The files are cached under node_modules/.cache/tiandy/fonts/, keyed by the characters and the
// font, so a build whose text did not change subsets nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import type { EditionId } from '../src/lib/editions/editions.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
export const fontCache = join(root, 'node_modules', '.cache', 'tiandy', 'fonts');

/** The variable Vazirmatn limited to weights 400–700 (the interface's regular, its 600 labels and bold):
 * one file, smaller than the static Regular and Bold subset apart (measured on today's text: 38.5 KB
 * against 21.2 + 21.4 KB), and the labels set in 600 get their own weight, not the Bold. */
export const vazirmatn = (): string => require.resolve('vazirmatn/fonts/variable/Vazirmatn[wght].ttf');
export const weightRange = { min: 400, max: 700 };

/** Besides the pages' own text, what any page may print: ASCII, Persian and Arabic-Indic digits and the
 * marks Intl and the translators use (Persian separators, guillemets, ZWNJ/ZWJ, the bidi marks, minus). */
const always =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') +
  '۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩،؛؟«»٪٫٬\u200c\u200d\u200e\u200f\u2212\u00a0–—‘’“”…·';

interface Translations {
  status?: string;
  glossary?: { text: string }[];
  entries?: { key: string; text: string }[];
}

/** The edition's translations of the data (from the data folder, else data/; none for English). */
export function readTranslations(edition: EditionId, dataDir = join(root, 'data')): Translations {
  for (const dir of [dataDir, join(root, 'data')]) {
    const file = join(dir, 'translations', `${edition}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Translations;
  }
  return {};
}

/** Every string in a value (a messages file's leaves). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The interface messages, messages/<edition>.json, when that file exists. */
export function readMessages(edition: EditionId): string[] {
  const file = join(root, 'messages', `${edition}.json`);
  return existsSync(file)
    ? strings(JSON.parse(readFileSync(file, 'utf8'))).filter((s) => !s.startsWith('http'))
    : [];
}

/** Dates as Intl prints them in the edition, every month of both calendars, long and short. */
export function dateTexts(edition: EditionId): string[] {
  const locale = { en: 'en-GB', fa: 'fa-IR', zh: 'zh-CN' }[edition];
  const out: string[] = [];
  for (const calendar of ['gregory', 'persian'])
    for (let m = 0; m < 12; m++)
      for (const month of ['long', 'short'] as const)
        out.push(
          new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, {
            month,
            year: 'numeric',
            day: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(Date.UTC(2024, m, 15))),
        );
  return out;
}

/** Every string of an edition's text: the data's translations (with the glossary and status line), the
 * interface messages and the dates. */
export function editionTexts(edition: EditionId, dataDir?: string): string[] {
  const t = readTranslations(edition, dataDir);
  return [
    ...(t.status ? [t.status] : []),
    ...(t.glossary ?? []).map((g) => g.text),
    ...(t.entries ?? []).map((e) => e.text),
    ...readMessages(edition),
    ...dateTexts(edition),
  ];
}

/** The characters the edition's font must hold, sorted by code point, no duplicates. */
export function editionChars(texts: string[]): string {
  const set = new Set<string>(always);
  for (const t of texts) for (const ch of t) set.add(ch);
  return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

export interface SubsetFont {
  /** The woff2 file on disk (the cache). */
  file: string;
  bytes: number;
}

/** Written aside and renamed, so a build running alongside never reads half a file. */
export function writeCached(file: string, bytes: Uint8Array | string): void {
  mkdirSync(fontCache, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

const cacheKey = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex').slice(0, 16);
};

/** Latin letters (of names and source titles in Persian text) are not in the Persian font: they fall to
 * the system sans after it in the edition's family, as in the English edition, and the labels measure
 * them as English ones are measured (charts/text.ts). Vazirmatn's Latin is Roboto's, 10 of its 38 KB on
 * today's text, which the page would carry for a few dozen names. Digits and punctuation stay: Persian
 * text uses them too, and they must not change font mid-run. */
export const latinLetter = /\p{Script=Latin}/u;
const withoutLatin = (chars: string) => [...chars].filter((c) => !latinLetter.test(c)).join('');

/** Vazirmatn subset to `chars` but Latin letters, weights 400–700, as woff2 (from the cache when made
 * before). */
export async function persianFont(allChars: string): Promise<SubsetFont> {
  const chars = withoutLatin(allChars);
  const source = readFileSync(vazirmatn());
  const file = join(fontCache, `vazirmatn-${cacheKey(source, chars)}.woff2`);
  if (!existsSync(file))
    writeCached(
      file,
      await subsetFont(source, chars, { targetFormat: 'woff2', variationAxes: { wght: weightRange } }),
    );
  return { file, bytes: readFileSync(file).length };
}

/** The same subset pinned at one weight, as a plain OpenType font: what HarfBuzz shapes the labels with
 * (it reads no woff2), giving the advances the reader's browser gets from the shipped file. */
export async function persianShapingFont(allChars: string, weight: number): Promise<Buffer> {
  const chars = withoutLatin(allChars);
  const source = readFileSync(vazirmatn());
  const file = join(fontCache, `vazirmatn-${weight}-${cacheKey(source, chars)}.ttf`);
  if (!existsSync(file))
    writeCached(
      file,
      await subsetFont(source, chars, { targetFormat: 'sfnt', variationAxes: { wght: weight } }),
    );
  return readFileSync(file);
}

/** The family the charts and the interface use in each edition. Chinese: the reader's system fonts, the
 * common Simplified Chinese ones first (macOS/iOS, Windows, Android and Linux); Persian: the subset. */
export const editionFamily: Record<EditionId, string | null> = {
  en: null,
  // Latin letters from the English edition's system sans (see latinLetter); Persian, until Vazirmatn
  // has loaded, from those fonts' own Arabic script or Tahoma.
  fa: "'Vazirmatn', system-ui, -apple-system, 'Segoe UI', Roboto, Tahoma, sans-serif",
  zh: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
};

/** The edition's stylesheet: @font-face rules (Persian only) and the font tokens of src/app.css set to the
 * edition's family. Empty for English. `url` names each font file as the stylesheet should import it. */
export function editionFontCss(
  edition: EditionId,
  fonts: SubsetFont[],
  url: (f: SubsetFont) => string,
): string {
  const family = editionFamily[edition];
  if (!family) return '';
  const faces = fonts.map(
    (f) =>
      `@font-face{font-family:'Vazirmatn';font-style:normal;font-weight:${weightRange.min} ${weightRange.max};` +
      `font-display:swap;src:url(${JSON.stringify(url(f))}) format('woff2')}`,
  );
  return [...faces, `:root{--edition-font:${family}}`].join('\n');
}

/** The stylesheet with its fonts (the Persian edition's) as data: URLs, for the embeds: framed in a sandbox
 * an embed has an opaque origin, and a browser fetches fonts in CORS mode, so from a host that sends no
 * CORS headers the font file would be refused (as a module script would: scripts/classicScripts.ts). And
 * for the standalone SVGs, which load nothing. */
export function fontsInline(css: string, siteDir: string): string {
  return css.replace(/url\(([^)]*?([^/)]+\.woff2))\)/g, (_, _url, file: string) => {
    const font = readFileSync(join(siteDir, 'assets', file)).toString('base64');
    return `url(data:font/woff2;base64,${font})`;
  });
}
