// Vite plugin: checks data/ at the start of a build and whenever Vite loads a data file (build, dev
// server, vitest). A bad edit fails the build before anything is written, so dist/ stays as it was. In
// the dev server it shows Vite's error overlay while the last good page stays loaded, because the broken
// module is never handed to the browser; once the data is fixed, every file held back is sent at once.
// For a translated edition (EDITION=fa) every data file is handed over translated
// (src/lib/data/editionData.ts): a text left in English is a warning, or, when publishing, an error.
// The browser's story and sources leave out the prose the page already holds (src/lib/data/embedData.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ModuleNode, Plugin } from 'vite';
import { readDataDir, formatDataErrors, type DataError } from './load.ts';
import { forBrowser, forEmbeds } from './embedData.ts';
import { editionData, TranslationsIncomplete, untranslatedLines } from './editionData.ts';
import type { TranslationProblem } from './translations.ts';
import type { EditionId } from '../editions/editions.ts';

type Checked = {
  key: string;
  errors: DataError[];
  untranslated: TranslationProblem[];
  files?: Record<string, string>;
  embed?: Record<string, string>;
  browser?: Record<string, string>;
};
/**
 * The last checks made in this process, by the state of the data they checked. A site's build runs five
 * Vite builds per edition, each loading the config (and so this plugin) afresh: kept on globalThis, the
 * check of one state of data/ is made once per edition instead of once per build.
 */
const checked: Map<string, Checked> = ((
  globalThis as { __tiandyDataChecks?: Map<string, Checked> }
).__tiandyDataChecks ??= new Map());

export function dataCheck(
  dataDir: string,
  edition: EditionId = 'en',
  { publishing = false }: { publishing?: boolean } = {},
): Plugin {
  const dir = resolve(dataDir);
  const label = relative(process.cwd(), dir) || 'data';
  const isDataFile = (id: string) =>
    id.startsWith(dir + '/') && id.endsWith('.json') && !id.includes('/schema/');
  let command: 'build' | 'serve' = 'serve';
  /** Data files edited while the data was broken; the browser still has their last good version. */
  const heldBack = new Set<string>();

  const translationPath = join(dir, 'translations', `${edition}.json`);
  const translated = edition !== 'en';

  // One check per distinct state of data/: Vite transforms six files in a row.
  let cache: Checked | undefined;
  const check = () => {
    const texts = readDataDir(dir);
    const translation =
      translated && existsSync(translationPath) ? readFileSync(translationPath, 'utf8') : '';
    const key = `${edition}\0${label}\0${JSON.stringify(texts)}\0${translation}`;
    if (cache?.key !== key) cache = checked.get(key);
    if (cache?.key !== key) {
      const { errors, dataset, files, untranslated } = editionData(texts, dir, edition, label);
      cache = {
        key,
        errors,
        untranslated,
        // English hands over the story alone (its {named values} filled from the other files) and the
        // other files as they are; an edition, every file in its words.
        files: files && (translated ? files : { 'story.json': files['story.json'] }),
        embed: dataset ? forEmbeds(dataset) : undefined,
        browser: dataset ? forBrowser(dataset) : undefined,
      };
      checked.set(key, cache);
      if (checked.size > 6) checked.delete(checked.keys().next().value!);
    }
    return cache.errors;
  };

  return {
    name: 'tiandy-data-check',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      for (const file of Object.keys(readDataDir(dir))) this.addWatchFile(resolve(dir, file));
      if (translated) this.addWatchFile(translationPath);
      const errors = check();
      const { untranslated } = cache!;
      if (!errors.length) {
        if (!untranslated.length) return;
        if (publishing && command === 'build')
          this.error(new TranslationsIncomplete(edition, untranslated).message);
        this.warn(
          [
            `${untranslated.length} text(s) of the ${edition} edition stay in English (no current translation):`,
            ...untranslatedLines(edition, untranslated.slice(0, 10)),
            ...(untranslated.length > 10
              ? [`  … and ${untranslated.length - 10} more (npm run check:data)`]
              : []),
          ].join('\n'),
        );
        return;
      }
      // The dev server must still start, so the editor sees the overlay once the page imports the data.
      if (command === 'build') this.error(formatDataErrors(errors));
      else this.warn(formatDataErrors(errors));
    },
    transform(_code, id, options) {
      const [file, query = ''] = id.split('?');
      if (!isDataFile(file)) return null;
      const errors = check();
      if (errors.length) this.error(formatDataErrors(errors));
      const name = relative(dir, file);
      // Vite's JSON plugin passes over ids with a query, so the trimmed file comes back as a module.
      if (new URLSearchParams(query).has('embed') && cache!.embed![name] !== undefined)
        return { code: `export default ${cache!.embed![name]};`, map: null };
      // The browser gets the story and the sources without the prose its page already holds as HTML.
      const code = (!options?.ssr && cache!.browser![name]) || cache!.files?.[name];
      return code === undefined ? null : { code, map: null };
    },
    handleHotUpdate({ file, server, modules }) {
      if (!isDataFile(file)) return;
      // A changed translation changes every file the edition hands over.
      if (file === translationPath)
        for (const f of Object.keys(readDataDir(dir))) heldBack.add(resolve(dir, f));
      const errors = check();
      if (errors.length) {
        heldBack.add(file);
        const message = formatDataErrors(errors);
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '', id: file, plugin: 'tiandy-data-check' } });
        return []; // keep the last good page: send no update
      }
      // Fixed: also send the files edited while broken, or the page would mix old and new data; and
      // the story, whose counts follow every other file.
      const extra: ModuleNode[] = [];
      heldBack.add(resolve(dir, 'story.json'));
      for (const held of heldBack) {
        if (held === file) continue;
        for (const mod of server.moduleGraph.getModulesByFile(held) ?? []) {
          server.moduleGraph.invalidateModule(mod);
          extra.push(mod);
        }
      }
      heldBack.clear();
      return extra.length ? [...modules, ...extra] : undefined;
    },
  };
}
