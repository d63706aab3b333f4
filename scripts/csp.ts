// The Content-Security-Policy of every page: only our own host, no inline or eval'd script, no plugins,
// no <base> rewriting. Used as a <meta> tag by the prerender and written to _headers for hosts that set
// headers (where frame-ancestors, which a meta tag cannot carry, also applies).
export const cspDirectives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
};

export const cspMeta = () =>
  Object.entries(cspDirectives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
