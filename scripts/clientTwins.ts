// Components with a browser stand-in, by convention: beside `X.svelte` (what the server renders) a file
// `X.client.svelte` is what the browser build uses wherever `X.svelte` is imported. A stand-in renders only
// the outer element of a large static subtree that the page already holds, so hydrating it claims that
// element without walking the hundreds of nodes inside (see docs/performance.md for which pairs pay).
// The server build, the prerender and the tests in Node get `X.svelte` itself.
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

export const twinOf = (file: string) => file.replace(/\.svelte$/, '.client.svelte');

export function clientTwins(): Plugin {
  return {
    name: 'client-twins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options?.ssr || !source.endsWith('.svelte') || source.endsWith('.client.svelte')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const twin = twinOf(resolved.id);
      return existsSync(twin) ? twin : null;
    },
  };
}
