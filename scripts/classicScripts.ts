import type { Plugin } from 'vite';

/**
 * For the embeds' builds (scripts/build.ts), whose output is one classic script (IIFE): Vite still writes
 * the page's entry as <script type="module" crossorigin>, which would fetch it in CORS mode. A sandboxed
 * iframe has an opaque origin, so a CORS fetch fails on any host that sends no Access-Control-Allow-Origin
 * (S3 and many CDNs by default), and the embed never wakes. A classic script loads with no CORS at all;
 * `defer` keeps a module's timing (runs once the document is parsed).
 */
export function classicScripts(): Plugin {
  return {
    name: 'tiandy:classic-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const out = html.replace(/<script type="module" crossorigin src=/g, '<script defer src=');
        if (/<script[^>]*type="module"/.test(out) || /rel="modulepreload"/.test(out))
          throw new Error(`${ctx.path} still loads a module script; an embed must load classic scripts only`);
        return out;
      },
    },
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      if (options.format !== 'iife' || chunks.length !== 1)
        throw new Error(
          `an embed must build to one classic script, got ${chunks.length} ${options.format} chunks`,
        );
    },
  };
}
