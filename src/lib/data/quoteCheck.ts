// Quotation marks promise readers a source's own words. Words known only from a translation or a
// rewritten copy are paraphrased and attributed instead, so the data check refuses a quotation that cites
// no source whose quoted words were read on the original or a faithful copy ("quotesReadOn" in
// sources.json). Simple by design: the flag is per source, so a source marked "original" vouches for all
// its quotations; a source read partly in translation is left unmarked (or split into the part read).
import type { Path, Problem } from './issues.ts';
import type { DataFileName } from './schema.ts';

type Item = Record<string, unknown>;
export interface QuotedText {
  file: DataFileName;
  path: Path;
  text: string;
  /** The record's own sources, used when no citation follows the quotation in its text. */
  sources?: unknown;
}

/**
 * Text in double quotes ("…" or “…”) of three words or more. Shorter quoted strings are names and terms
 * ("Tiandy Iran", "tiger chairs"), which the check leaves alone.
 */
export function quotations(text: string): { quote: string; end: number }[] {
  const found: { quote: string; end: number }[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) {
    const quote = m[1] ?? m[2];
    if (quote.trim().split(/\s+/).length >= 3) found.push({ quote, end: m.index + m[0].length });
  }
  return found;
}

const citation = /\[([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)\]/;

/** The ids a quotation cites: the first [ids] after it in its text, else the record's sources. */
function citedFor(text: string, end: number, sources: unknown): string[] {
  const m = citation.exec(text.slice(end));
  if (m) return m[1].split(',').map((s) => s.trim());
  return (Array.isArray(sources) ? sources : []).flatMap((c) =>
    typeof c === 'string' ? [c] : typeof (c as Item)?.id === 'string' ? [(c as Item).id as string] : [],
  );
}

export function quoteProblems(texts: QuotedText[], sources: Item[]): Problem[] {
  const known = new Map(sources.map((s) => [s.id, s]));
  const readOn = (id: string) => typeof known.get(id)?.quotesReadOn === 'string';
  const problems: Problem[] = [];
  for (const { file, path, text, sources: own } of texts)
    for (const { quote, end } of quotations(text)) {
      const ids = citedFor(text, end, own);
      // Unknown ids are reported by the reference check, and an empty "sources" list by the schema;
      // judge only quotations whose sources all exist.
      if (ids.some((id) => !known.has(id)) || ids.some(readOn)) continue;
      if (!ids.length && own !== undefined) continue;
      const short = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
      problems.push({
        file,
        path,
        needle: quote.slice(0, 20),
        message: ids.length
          ? `the quotation "${short}" cites only ${ids.join(', ')}, whose quoted words were not read on the original or a faithful copy: paraphrase it and say who said it, or cite a source with "quotesReadOn": "original" or "faithful-copy" in sources.json`
          : `the quotation "${short}" cites no source: add the source it was read on, e.g. [nbc-2022-12-16]`,
      });
    }
  return problems;
}

/** Every reader-facing text of the data files, with the sources that stand behind it. */
export function quotedTexts(records: {
  relationships: { item: Item; path: Path }[];
  events: { item: Item; path: Path }[];
  claims: { item: Item; path: Path }[];
  countries: { item: Item; path: Path }[];
  story: unknown;
}): QuotedText[] {
  const texts: QuotedText[] = [];
  const push = (file: DataFileName, path: Path, text: unknown, sources?: unknown) => {
    if (typeof text === 'string') texts.push({ file, path, text, sources });
  };
  for (const { item, path } of records.relationships)
    for (const key of ['label', 'detail'])
      push('relationships.json', [...path, key], item[key], item.sources);
  for (const { item, path } of records.events)
    for (const key of ['title', 'text']) push('events.json', [...path, key], item[key], item.sources);
  for (const { item, path } of records.countries)
    push('footprint.json', [...path, 'presence'], item.presence, item.sources);
  // A claim's wording is always shown as a quotation.
  for (const { item, path } of records.claims)
    if (typeof item.wording === 'string')
      texts.push({
        file: 'footprint.json',
        path: [...path, 'wording'],
        text: `"${item.wording}"`,
        sources: item.sources,
      });
  const story = (records.story ?? {}) as Item;
  for (const key of ['headline', 'dek']) push('story.json', [key], story[key]);
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  list(story.summary).forEach((t, i) => push('story.json', ['summary', i], t));
  list(story.methods).forEach((t, i) => push('story.json', ['methods', i], t));
  list(story.updates).forEach((u, i) => push('story.json', ['updates', i, 'text'], (u as Item)?.text));
  list(story.responses).forEach((r, i) =>
    push('story.json', ['responses', i, 'text'], (r as Item)?.text, (r as Item)?.sources),
  );
  list(story.openQuestions).forEach((q, i) =>
    push('story.json', ['openQuestions', i, 'text'], (q as Item)?.text, (q as Item)?.sources),
  );
  list(story.sections).forEach((s, i) => {
    list((s as Item)?.intro).forEach((t, j) => push('story.json', ['sections', i, 'intro', j], t));
    list((s as Item)?.steps).forEach((st, j) =>
      push('story.json', ['sections', i, 'steps', j, 'text'], (st as Item)?.text),
    );
  });
  const figures = (story.figures ?? {}) as Item;
  for (const [name, f] of Object.entries(figures))
    for (const key of ['title', 'description', 'alt'])
      push('story.json', ['figures', name, key], (f as Item)?.[key]);
  return texts;
}
