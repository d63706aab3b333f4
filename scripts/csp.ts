// The Content-Security-Policy of every page: only our own host, no inline or eval'd script, no plugins,
// no <base> rewriting. Styles: our own files, plus the one stylesheet the prerender inlines, allowed by
// its hash and nothing else (so an injected <style> or style="" attribute is still refused). Used as a
// <meta> tag by the prerender and written to _headers for hosts that set headers (where frame-ancestors,
// which a meta tag cannot carry, also applies).
import { createHash } from 'node:crypto';

export function cspDirectives(inlineStyles: string[] = []): Record<string, string> {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return {
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': ["'self'", ...hashes].join(' '),
    'img-src': "'self' data:",
    // data: only where a page carries its font inline (the Persian embeds: scripts/prerender.ts).
    'font-src': inlineStyles.some((css) => css.includes('data:font/')) ? "'self' data:" : "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-src': "'none'",
  };
}

export const cspPolicy = (inlineStyles: string[] = []) =>
  Object.entries(cspDirectives(inlineStyles))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
