// The edition's fonts and label widths, worked out when Vite loads its config (build, dev server, tests)
// for the edition being built (EDITION, default en):
//  - the stylesheet `virtual:edition-fonts.css` (src/app.css imports it): Persian's @font-face for the
//    Vazirmatn subset, a file of the site that Vite hashes and puts under assets/ (same origin, with the
//    base path; the embeds carry it inline: scripts/prerender.ts), and --edition-font, the edition's
//    family, which src/app.css's font tokens read; Chinese only the system-font stack; English nothing;
//  - the width table of the edition's labels (src/lib/charts/shapedWidths.ts), defined as __TEXT_WIDTHS__
//    for the bundles and put on globalThis for the Node code that lays the diagram out as the config loads.
// Both are cached in node_modules/.cache/tiandy/fonts/.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { EditionId } from '../src/lib/editions/editions.ts';
import {
  editionChars,
  editionFontCss,
  editionTexts,
  fontCache,
  persianFont,
  writeCached,
  type SubsetFont,
} from './fonts.ts';
import { editionLabels, widthTable } from './textWidths.ts';

export const fontsModuleId = 'virtual:edition-fonts.css';

/** The code a table depends on, besides its texts and fonts. */
const code = [
  'scripts/fonts.ts',
  'scripts/textWidths.ts',
  'src/lib/charts/lineBreaks.ts',
  'src/lib/charts/shapedMeasure.ts',
  'src/lib/charts/text.ts',
];
const root = fileURLToPath(new URL('..', import.meta.url));

/** The width table, from the cache when the same texts were tabled by the same code before: a build loads
 * Vite's config five times (the pages, three embeds, the server render), and shaping takes 2 s. */
async function cachedTable(edition: EditionId, texts: string[], labels: string[]) {
  if (edition === 'en') return null;
  const hash = createHash('sha256').update(JSON.stringify([edition, texts, labels]));
  for (const f of code) hash.update(readFileSync(join(root, f)));
  const file = join(fontCache, `widths-${edition}-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as Awaited<ReturnType<typeof widthTable>>;
  const table = await widthTable(edition, texts, labels);
  writeCached(file, JSON.stringify(table));
  return table;
}

export function editionFonts(dataDir: string): Plugin {
  return {
    name: 'tiandy:edition-fonts',
    async config() {
      const edition = (process.env.EDITION ?? 'en') as EditionId;
      const texts = edition === 'en' ? [] : editionTexts(edition, dataDir);
      const table = await cachedTable(
        edition,
        texts,
        edition === 'en' ? [] : editionLabels(edition, dataDir),
      );
      (globalThis as { __TEXT_WIDTHS__?: unknown }).__TEXT_WIDTHS__ = table;
      const fonts: SubsetFont[] = edition === 'fa' ? [await persianFont(editionChars(texts))] : [];
      // A real file beside the fonts, so that Vite resolves and hashes the url() in it like any stylesheet's.
      const css = editionFontCss(edition, fonts, (f) => `./${basename(f.file)}`);
      const file = join(
        fontCache,
        `edition-${edition}-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`,
      );
      writeCached(file, css || '/* English: the fonts of src/app.css */\n');
      return {
        define: { __TEXT_WIDTHS__: JSON.stringify(table) },
        resolve: { alias: [{ find: fontsModuleId, replacement: file }] },
      };
    },
  };
}
