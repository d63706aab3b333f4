// Puts the server-rendered HTML of every page into the client build's HTML files, with the CSP meta tag.
// The one stylesheet is inlined: on a slow phone link a render-blocking CSS request costs a round trip
// before the first words appear, and the CSP allows exactly that stylesheet by its hash. It is the SSR
// build's stylesheet, which covers every component the server renders: the story's static shell is never
// imported by the browser, so the client build's stylesheet lacks its rules.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { cspPolicy } from './csp';
import { fontsInline } from './fonts';
import { editions, htmlTag, type EditionId } from '../src/lib/editions/editions';
import { pagePath, type PageName } from '../src/lib/publish/pages';
import type { EditionNote } from '../src/lib/data/translations';

type Render = (page: string) => { head: string; body: string };

export interface PrerenderOptions {
  /** The edition the SSR build was made for (its pages go in its folder, `siteDir`). */
  edition?: EditionId;
  /** The language switcher: the editions built, and a translated edition's note for readers (its
   * status, and the English edition's date). None when only one edition is built. */
  switcher?: { editions: EditionId[]; note?: EditionNote };
}

/** Prerenders every page of one edition into `siteDir` (that edition's folder); returns the files and
 * the pages' Content-Security-Policy. */
export async function prerender(
  entryServer: string,
  siteDir: string,
  { edition = 'en', switcher: editionsBuilt }: PrerenderOptions = {},
): Promise<{ pages: string[]; policy: string }> {
  const mod = (await import(pathToFileURL(entryServer).href)) as {
    render: Render;
    renderSwitcher: (path: string, built: EditionId[], note?: EditionNote) => string;
    pageFiles: Record<string, string>;
  };
  const css = ssrStylesheet(dirname(entryServer));
  const embedCss = fontsInline(css, siteDir);
  const pages = Object.entries(mod.pageFiles).map(([page, file]) => {
    const path = join(siteDir, file);
    const template = inlineStylesheet(readFileSync(path, 'utf8'), file.startsWith('embed/') ? embedCss : css);
    if (!template.includes('<!--app-html-->')) throw new Error(`${file} has no <!--app-html--> placeholder`);
    return { page, file, path, template };
  });
  const policy = cspPolicy([...new Set([css, embedCss])]);
  const csp = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const done: string[] = [];
  for (const { page, file, path, template } of pages) {
    const { head, body } = mod.render(page);
    // The switcher sits first, outside the hydrated app, on the story and the data page. An embed has
    // none: it reports the height of its <main> to the host (src/lib/embed/height.ts), so anything after
    // it would overflow a frame sized by pym, and inside it the switcher would cost every embed's script
    // its weight. An embed names its editions by hreflang (with SITE_URL), and its credit links its own
    // edition's story, whose switcher leads to the others.
    const switcher =
      editionsBuilt && editionsBuilt.editions.length > 1 && !page.startsWith('embed-')
        ? mod.renderSwitcher(pagePath(page as PageName), editionsBuilt.editions, editionsBuilt.note)
        : '';
    // The CSP goes first in <head> so it governs everything after it.
    const html = template
      .replace('<html lang="en">', htmlTag(editions[edition]))
      .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${csp}`)
      .replace('<!--app-head-->', head)
      .replace('<!--app-html-->', () => body)
      .replace(/<body[^>]*>/, (tag) => (switcher ? `${tag}\n    ${switcher}` : tag));
    writeFileSync(path, html);
    done.push(file);
  }
  // pym.js's parent script, served from our own host for newsrooms that do not run it yet.
  const require = createRequire(import.meta.url);
  mkdirSync(join(siteDir, 'embed'), { recursive: true });
  copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), join(siteDir, 'embed', 'pym.v1.min.js'));
  return { pages: done, policy };
}

/** The SSR build's one stylesheet (built with ssrEmitAssets). */
function ssrStylesheet(ssrDir: string): string {
  const files = readdirSync(join(ssrDir, 'assets')).filter((f) => f.endsWith('.css'));
  if (files.length !== 1)
    throw new Error(`expected one stylesheet from the SSR build, found ${files.length}`);
  return readFileSync(join(ssrDir, 'assets', files[0]), 'utf8');
}

/** Replaces the client build's <link rel="stylesheet"> of a page by the stylesheet itself. */
function inlineStylesheet(html: string, css: string): string {
  const link = /<link rel="stylesheet"[^>]*>/;
  if (!link.test(html)) throw new Error('a built page has no stylesheet link to inline');
  return html.replace(link, () => `<style>${css}</style>`);
}

/**
 * Netlify/Cloudflare-style _headers at the site's root: the same policy as a header, plus what only a
 * header can say. `policies`: each edition's folder ("" first, then "fa/"…) with its pages' policy.
 */
export function writeHeadersFile(siteDir: string, policies: { path: string; policy: string }[]) {
  const [english, ...others] = policies;
  const lines = [
    '/*',
    `  Content-Security-Policy: ${english.policy}; frame-ancestors 'self'`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    // An edition whose pages need another policy (its own stylesheet) gets it for its folder.
    ...others
      .filter((p) => p.policy !== english.policy)
      .flatMap((p) => [`/${p.path}*`, `  Content-Security-Policy: ${p.policy}; frame-ancestors 'self'`]),
    // Every edition's embeds may be framed by any page.
    ...policies.flatMap((p) => [
      `/${p.path}embed/*`,
      `  Content-Security-Policy: ${p.policy}; frame-ancestors *`,
    ]),
    // No Access-Control-Allow-Origin: an embed's script is a classic one, which loads without CORS even in
    // a sandboxed frame (opaque origin), so embeds need nothing a plain static host doesn't send.
    ...policies.flatMap((p) => [
      `/${p.path}assets/*`,
      '  Cache-Control: public, max-age=31536000, immutable',
    ]),
    '',
  ];
  writeFileSync(join(siteDir, '_headers'), lines.join('\n'));
}
