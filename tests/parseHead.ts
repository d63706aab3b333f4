// Reads the tags our build writes into a page's <head> (and oEmbed's iframe): start tags with their
// attributes, and the JSON-LD. A small reader for our own generated markup, not a general HTML parser.

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const decode = (s: string) => s.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => entities[e]);

/** Every <name …> start tag in `html`, as a map of its attributes (names lower-cased, values decoded). */
export function startTags(html: string, name: string): Record<string, string>[] {
  const tags = html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
  return tags.map((tag) =>
    Object.fromEntries(
      [...tag.matchAll(/\s([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((m) => [
        m[1].toLowerCase(),
        decode(m[2] ?? m[3] ?? m[4] ?? ''),
      ]),
    ),
  );
}

/** The head of a page (or a fragment of head tags): links, metas by property or name, and JSON-LD. */
export function parseHead(html: string) {
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  const links = startTags(head, 'link');
  const metas = startTags(head, 'meta');
  return {
    /** The first <link> whose attributes include all of `match`. */
    link: (match: Record<string, string>) =>
      links.find((l) => Object.entries(match).every(([k, v]) => l[k] === v)),
    links,
    /** The content of <meta property="key"> or <meta name="key">, or null. */
    meta: (key: string) => metas.find((m) => m.property === key || m.name === key)?.content ?? null,
    jsonLd: [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]) as Record<string, unknown>,
    ),
  };
}
