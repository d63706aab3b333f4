// Puts the server-rendered HTML of every page into the client build's HTML files, with the CSP meta tag.
import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { cspMeta, cspDirectives } from './csp';

type Render = (page: string) => { head: string; body: string };

export async function prerender(entryServer: string, siteDir: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(entryServer).href)) as {
    render: Render;
    pageFiles: Record<string, string>;
  };
  const csp = `<meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`;
  const done: string[] = [];
  for (const [page, file] of Object.entries(mod.pageFiles)) {
    const path = join(siteDir, file);
    const template = readFileSync(path, 'utf8');
    if (!template.includes('<!--app-html-->')) throw new Error(`${file} has no <!--app-html--> placeholder`);
    const { head, body } = mod.render(page);
    // The CSP goes first in <head> so it governs everything after it.
    const html = template
      .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${csp}`)
      .replace('<!--app-head-->', head)
      .replace('<!--app-html-->', () => body);
    writeFileSync(path, html);
    done.push(file);
  }
  writeHeadersFile(siteDir);
  // pym.js's parent script, served from our own host for newsrooms that do not run it yet.
  const require = createRequire(import.meta.url);
  mkdirSync(join(siteDir, 'embed'), { recursive: true });
  copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), join(siteDir, 'embed', 'pym.v1.min.js'));
  return done;
}

/** Netlify/Cloudflare-style _headers: the same policy as a header, plus what only a header can say. */
function writeHeadersFile(siteDir: string) {
  const policy = Object.entries(cspDirectives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
  const lines = [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'self'`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '/embed/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors *`,
    // Sandboxed embeds have an opaque origin, so their module scripts and styles are cross-origin fetches.
    '  Access-Control-Allow-Origin: *',
    '/assets/*',
    '  Access-Control-Allow-Origin: *',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ];
  writeFileSync(join(siteDir, '_headers'), lines.join('\n'));
}
