// Vite plugin: checks data/ at the start of a build and whenever Vite loads a data file (build, dev
// server, vitest). A bad edit fails the build before anything is written, so dist/ stays as it was. In
// the dev server it shows Vite's error overlay while the last good page stays loaded, because the broken
// module is never handed to the browser; once the data is fixed, every file held back is sent at once.
import { relative, resolve } from 'node:path';
import type { ModuleNode, Plugin } from 'vite';
import { checkDataTexts, readDataDir, formatDataErrors, type DataError } from './load.ts';
import { forEmbeds } from './embedData.ts';

export function dataCheck(dataDir: string): Plugin {
  const dir = resolve(dataDir);
  const label = relative(process.cwd(), dir) || 'data';
  const isDataFile = (id: string) =>
    id.startsWith(dir + '/') && id.endsWith('.json') && !id.includes('/schema/');
  let command: 'build' | 'serve' = 'serve';
  /** Data files edited while the data was broken; the browser still has their last good version. */
  const heldBack = new Set<string>();

  // One check per distinct state of data/: Vite transforms six files in a row.
  let cache: { key: string; errors: DataError[]; story?: string; embed?: Record<string, string> } | undefined;
  const check = () => {
    const texts = readDataDir(dir);
    const key = JSON.stringify(texts);
    if (cache?.key !== key) {
      const { errors, dataset } = checkDataTexts(texts, { dir: label });
      // The story as the page prints it: its {named values} filled from the other files.
      cache = {
        key,
        errors,
        story: dataset ? JSON.stringify(dataset.story) : undefined,
        embed: dataset ? forEmbeds(dataset) : undefined,
      };
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
      const errors = check();
      if (!errors.length) return;
      // The dev server must still start, so the editor sees the overlay once the page imports the data.
      if (command === 'build') this.error(formatDataErrors(errors));
      else this.warn(formatDataErrors(errors));
    },
    transform(_code, id) {
      const [file, query = ''] = id.split('?');
      if (!isDataFile(file)) return null;
      const errors = check();
      if (errors.length) this.error(formatDataErrors(errors));
      const name = relative(dir, file);
      // Vite's JSON plugin passes over ids with a query, so the trimmed file comes back as a module.
      if (new URLSearchParams(query).has('embed') && cache!.embed![name] !== undefined)
        return { code: `export default ${cache!.embed![name]};`, map: null };
      return name === 'story.json' ? { code: cache!.story!, map: null } : null;
    },
    handleHotUpdate({ file, server, modules }) {
      if (!isDataFile(file)) return;
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
