// The story's tiny markup, parsed into tokens that components render as real elements. Editors never
// write HTML; anything that looks like a tag is refused by the data check (see findMarkupProblems).
//   *emphasis*   **strong**   [label](https://example.org)   [source-id] or [id-a, id-b] citations
export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'cite'; ids: string[] };

const idPattern = '[a-z0-9]+(?:-[a-z0-9]+)*';
const pattern = new RegExp(
  [
    String.raw`\*\*(?<strong>[^*]+)\*\*`,
    String.raw`\*(?<em>[^*]+)\*`,
    String.raw`\[(?<label>[^\]]+)\]\((?<href>[^)\s]+)\)`,
    String.raw`\[(?<cite>${idPattern}(?:\s*,\s*${idPattern})*)\]`,
  ].join('|'),
  'g',
);

export function parseMarkup(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    if (m.index > last) tokens.push({ kind: 'text', text: source.slice(last, m.index) });
    const g = m.groups!;
    if (g.strong) tokens.push({ kind: 'strong', text: g.strong });
    else if (g.em) tokens.push({ kind: 'em', text: g.em });
    else if (g.label) tokens.push({ kind: 'link', text: g.label, href: g.href });
    else tokens.push({ kind: 'cite', ids: g.cite.split(',').map((s) => s.trim()) });
    last = m.index + m[0].length;
  }
  if (last < source.length) tokens.push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** Every source id cited in a piece of markup, in order of first appearance. */
export function citedIds(source: string): string[] {
  const ids = parseMarkup(source).flatMap((t) => (t.kind === 'cite' ? t.ids : []));
  return [...new Set(ids)];
}

/** The words without markup, for alt text, titles and CSV. */
export function plainText(source: string): string {
  return parseMarkup(source)
    .map((t) => (t.kind === 'cite' ? '' : t.text))
    .join('')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

/** Problems an editor can fix: HTML tags, links that are not web addresses, unclosed brackets. */
export function findMarkupProblems(source: string): string[] {
  const problems: string[] = [];
  if (/<\/?[a-z][^>]*>/i.test(source))
    problems.push('HTML is not allowed; write *emphasis*, **strong** or [label](https://…) instead');
  for (const t of parseMarkup(source)) {
    if (t.kind === 'link' && !/^https?:\/\//.test(t.href))
      problems.push(`the link "${t.href}" must be a full address starting with https://`);
    if (t.kind === 'text' && /\[[^\]]*$|^[^[]*\]/.test(t.text))
      problems.push('a "[" or "]" is not closed; citations look like [nbc-2022-12]');
  }
  return problems;
}
