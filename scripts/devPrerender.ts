// Dev server: serves each page the way the build does, rendered on the server (src/entry-server.ts) into
// its HTML template, so `npm run dev` shows the real page and its islands hydrate as they do in production.
// A change to the source or the data reloads the page with a fresh render; a broken data edit sends no
// reload (the data check shows its overlay instead), so the last good page stays up.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { htmlTag, type Edition } from '../src/lib/editions/editions.ts';

type Entry = { render: (page: string) => { head: string; body: string }; pageFiles: Record<string, string> };

/** `pagesRoot`: the folder of the page templates; `entryServer`: the file path of the prerender entry;
 * `edition`: the one being served (EDITION=fa npm run dev), whose language and direction the page states. */
export function devPrerender(pagesRoot: string, entryServer: string, edition: Edition): Plugin {
  return {
    name: 'tiandy-dev-prerender',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        const base = server.config.base;
        if (!url.pathname.startsWith(base)) return next();
        const path = url.pathname.slice(base.length);
        try {
          const entry = (await server.ssrLoadModule(entryServer)) as Entry;
          const page = Object.entries(entry.pageFiles).find(
            ([, file]) => file === `${path}index.html` || (path === '' && file === 'index.html'),
          )?.[0];
          if (!page) return next();
          const file = entry.pageFiles[page];
          // Every embed has the one template, its script told which chart it is (scripts/embedEntry.ts).
          const chart = /^embed\/([^/]+)\//.exec(file)?.[1];
          const templatePath = join(pagesRoot, chart ? 'embed/index.html' : file);
          // The templates point at their entry scripts by relative paths that leave Vite's root (src/pages);
          // the build follows them on disk, the dev server needs them spelled as /@fs/ addresses.
          const source = readFileSync(templatePath, 'utf8').replace(
            /src="(\.\.?\/[^"]+)"/g,
            (_, rel: string) =>
              `src="/@fs${resolve(dirname(templatePath), rel)}${chart ? `?chart=${chart}` : ''}"`,
          );
          const template = await server.transformIndexHtml(url.pathname, source);
          const { head, body } = entry.render(page);
          const html = template
            .replace('<html lang="en">', htmlTag(edition))
            .replace('<!--app-head-->', head)
            .replace('<!--app-html-->', () => body);
          res.setHeader('content-type', 'text/html');
          res.end(html);
        } catch (error) {
          server.ssrFixStacktrace(error as Error);
          next(error);
        }
      });
    },
    handleHotUpdate({ file, modules, server }) {
      // The data check returns no modules for a broken edit: keep the page as it is.
      if (!modules.length) return;
      if (/\/(src|data)\//.test(file)) {
        server.ws.send({ type: 'full-reload' });
        return [];
      }
    },
  };
}
