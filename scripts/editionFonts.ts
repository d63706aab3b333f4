// The edition's fonts and label widths, worked out when Vite loads its config (build, dev server, tests)
// for the edition being built (EDITION, default en):
//  - the stylesheet `virtual:edition-fonts.css` (src/app.css imports it): Persian's @font-face for the
//    Vazirmatn subset, a file of the site that Vite hashes and puts under assets/ (same origin, with the
//    base path), and the font tokens set to the edition's family; Chinese only the system-font stack;
//    English nothing;
//  - the width table of the edition's labels (src/lib/charts/shapedWidths.ts), defined as __TEXT_WIDTHS__
//    for the bundles and put on globalThis for the Node code that lays the diagram out as the config loads.
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
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

export function editionFonts(dataDir: string): Plugin {
  return {
    name: 'tiandy:edition-fonts',
    async config() {
      const edition = (process.env.EDITION ?? 'en') as EditionId;
      const texts = edition === 'en' ? [] : editionTexts(edition, dataDir);
      const table = await widthTable(edition, texts, edition === 'en' ? [] : editionLabels(edition, dataDir));
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
