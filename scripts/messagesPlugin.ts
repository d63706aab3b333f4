import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { EditionId } from '../src/lib/editions/editions.ts';
import { compileMessages, outdir } from './messages.ts';

/**
 * Compiles the interface strings before anything imports them (scripts/messages.ts), and gives a page the
 * messages of its build's edition alone: Paraglide's `messages.js` reads `./messages/_index.js`, where each
 * message asks the runtime for the locale and carries all three languages; a build of one edition reads
 * `./messages/<edition>.js` instead, one language and no runtime, the same in the SSR and the client build.
 * Unit tests (mode "test") keep the index, and choose a language with setLocale.
 */
export function messages(edition: EditionId): Plugin {
  const index = join(outdir, 'messages.js');
  let perEdition = true;
  return {
    name: 'tiandy:messages',
    enforce: 'pre',
    async config() {
      await compileMessages();
    },
    configResolved(config) {
      perEdition = config.mode !== 'test';
    },
    resolveId(source, importer) {
      if (perEdition && source === './messages/_index.js' && importer === index)
        return join(outdir, 'messages', `${edition}.js`);
    },
  };
}
