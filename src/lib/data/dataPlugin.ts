// Vite plugin: checks data/ whenever Vite loads a data file (build, dev server, vitest). A bad edit fails
// the build, and in the dev server shows Vite's error overlay while the last good page stays loaded,
// because the broken module is never handed to the browser.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkDataTexts, readDataDir, formatDataErrors } from './load';

export function dataCheck(dataDir: string): Plugin {
  const dir = resolve(dataDir);
  const isDataFile = (id: string) => id.startsWith(dir + '/') && id.endsWith('.json') && !id.includes('/schema/');
  let lastMessage = '';
  return {
    name: 'tiandy-data-check',
    enforce: 'pre',
    buildStart() {
      const { errors } = checkDataTexts(readDataDir(dir));
      if (errors.length) this.error(formatDataErrors(errors));
    },
    transform(_code, id) {
      if (!isDataFile(id.split('?')[0])) return null;
      const { errors } = checkDataTexts(readDataDir(dir));
      if (errors.length) {
        lastMessage = formatDataErrors(errors);
        this.error(lastMessage);
      }
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (!isDataFile(file)) return;
      const { errors } = checkDataTexts(readDataDir(dir));
      if (errors.length) {
        const message = formatDataErrors(errors);
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '', id: file, plugin: 'tiandy-data-check' } });
        return []; // keep the last good page: send no update
      }
    },
  };
}
