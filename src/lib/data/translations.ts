// Translations are data, checked like data. Each edition's file (data/translations/fa.json, zh.json) holds
// one entry per English text field, keyed by record and field, with the English it was made from: when the
// English changes, the entry is stale until a translator looks again. Names follow the edition's glossary.
// The English is read raw, with its {named.values} unfilled, so a count that changes stales no translation.
import { z } from 'zod';
import { partialDate } from './schema.ts';
import type { DataFileName } from './schema.ts';
import type { Path } from './issues.ts';
import { gregorianOnlyDays, gregorianOnlyYears } from './persianCalendar.ts';

export const translatedEditions = ['fa', 'zh'] as const;
export type TranslatedEdition = (typeof translatedEditions)[number];

const key = z.string().regex(/^[a-z]+(\/[A-Za-z0-9-]+)+$/, 'a key like "story/steps/iran-on-the-map/text"');

export const translationEntry = z.strictObject({
  key,
  /** The English this translation was made from, word for word. */
  en: z.string().min(1),
  /** The translation, in the same tiny markup, with the same [source-id] citations and {named.values}. */
  text: z.string().min(1, 'an empty translation: leave the entry out until it is translated'),
});
export const glossaryEntry = z.strictObject({
  /** The English name or term as the story writes it. */
  en: z.string().min(2),
  /** How the edition writes it, every time. */
  text: z.string().min(1),
  /** Where the rendering comes from (the research glossary's source ids), if anywhere. */
  sources: z.array(z.string()).optional(),
  /** false until a native-speaking editor has checked a rendering no source supports. */
  checked: z.boolean(),
});
export const translationFile = z.strictObject({
  $schema: z.string().optional(),
  edition: z.enum(translatedEditions),
  /** The date of the English edition these translations were made from. */
  translatedFrom: partialDate,
  /** Where the translation stands, in the edition's own words for readers. */
  status: z.string().min(3),
  /** The edition's own updates (a translation corrected or brought up to date), newest last, in its words:
   * the English edition's corrections reach it as translated entries; these are the translation's. */
  updates: z.array(z.strictObject({ date: partialDate, text: z.string().min(3) })).optional(),
  glossary: z.array(glossaryEntry),
  entries: z.array(translationEntry),
});
export type TranslationFile = z.infer<typeof translationFile>;
/** What a translated edition's pages say of themselves (the switcher's note, scripts/prerender.ts). */
export type EditionNote = Pick<TranslationFile, 'status' | 'translatedFrom' | 'updates'>;
export type TranslationEntry = z.infer<typeof translationEntry>;

/** One English text a reader meets, where it lives, and its key. */
export interface TextField {
  key: string;
  file: DataFileName;
  path: Path;
  en: string;
}

type Json = Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);

/**
 * Every English text a reader meets, from the raw data files. Source titles stay in their own language,
 * and ids, dates, codes and addresses are not text.
 */
export function textFields(raw: Partial<Record<DataFileName, unknown>>): TextField[] {
  const out: TextField[] = [];
  const add = (file: DataFileName, keyParts: (string | number)[], path: Path, value: unknown) => {
    if (typeof value === 'string' && value.trim())
      out.push({ key: keyParts.join('/'), file, path, en: value });
  };
  const fields = (file: DataFileName, prefix: string[], path: Path, record: Json, names: string[]) => {
    for (const name of names) add(file, [...prefix, name], [...path, name], record[name]);
  };

  const sources = raw['sources.json'] as Json | undefined;
  list(sources?.sources).forEach((s, i) =>
    fields('sources.json', ['sources', String(s.id)], ['sources', i], s, [
      'publisher',
      'name',
      'note',
      'dateNote',
    ]),
  );
  const entities = raw['entities.json'] as Json | undefined;
  list(entities?.entities).forEach((e, i) =>
    fields('entities.json', ['entities', String(e.id)], ['entities', i], e, ['name', 'shortName', 'role']),
  );
  const relationships = raw['relationships.json'] as Json | undefined;
  list(relationships?.relationships).forEach((r, i) =>
    fields('relationships.json', ['relationships', String(r.id)], ['relationships', i], r, [
      'label',
      'detail',
    ]),
  );
  const footprint = raw['footprint.json'] as Json | undefined;
  list(footprint?.claims).forEach((c, i) =>
    fields('footprint.json', ['claims', String(c.id)], ['claims', i], c, ['wording']),
  );
  list(footprint?.countries).forEach((c, i) => {
    const at = ['countries', String(c.iso3)];
    fields('footprint.json', at, ['countries', i], c, ['name', 'presence', 'dateNote']);
    list(c.places).forEach((p, j) =>
      fields('footprint.json', [...at, 'places', String(p.id)], ['countries', i, 'places', j], p, [
        'name',
        'role',
      ]),
    );
  });
  const events = raw['events.json'] as Json | undefined;
  list(events?.events).forEach((e, i) =>
    fields('events.json', ['events', String(e.id)], ['events', i], e, ['title', 'text', 'dateNote']),
  );

  const measures = raw['measures.json'] as Json | undefined;
  list(measures?.measures).forEach((m, i) => {
    const at = ['measures', String(m.id)];
    fields('measures.json', at, ['measures', i], m, [
      'country',
      'area',
      'body',
      'title',
      'dateKind',
      'dateNote',
    ]);
    fields('measures.json', at, ['measures', i], m, ['does', 'reachNote', 'stageNote', 'notRead']);
    list(m.makers).forEach((maker, j) =>
      add('measures.json', [...at, 'makers', j], ['measures', i, 'makers', j], maker),
    );
  });

  const story = (raw['story.json'] ?? {}) as Json;
  fields('story.json', ['story'], [], story, ['headline', 'dek', 'byline', 'whyNow']);
  const numbered = (name: string) =>
    list(story[name]).forEach((text, i) => add('story.json', ['story', name, i], [name, i], text));
  numbered('summary');
  list(story.sections).forEach((s, i) => {
    add('story.json', ['story', 'sections', String(s.id), 'title'], ['sections', i, 'title'], s.title);
    list(s.intro).forEach((p, j) =>
      add('story.json', ['story', 'sections', String(s.id), 'intro', j], ['sections', i, 'intro', j], p),
    );
    list(s.steps).forEach((step, j) =>
      add(
        'story.json',
        ['story', 'steps', String(step.id), 'text'],
        ['sections', i, 'steps', j, 'text'],
        step.text,
      ),
    );
  });
  for (const [chart, figure] of Object.entries((story.figures ?? {}) as Record<string, Json>))
    fields('story.json', ['story', 'figures', chart], ['figures', chart], figure, [
      'title',
      'description',
      'alt',
    ]);
  numbered('conclusion');
  list(story.openQuestions).forEach((q, i) =>
    add('story.json', ['story', 'openQuestions', String(q.id), 'text'], ['openQuestions', i, 'text'], q.text),
  );
  numbered('methods');
  list(story.updates).forEach((u, i) =>
    add('story.json', ['story', 'updates', String(u.date), 'text'], ['updates', i, 'text'], u.text),
  );
  list(story.responses).forEach((r, i) =>
    add('story.json', ['story', 'responses', String(r.id), 'text'], ['responses', i, 'text'], r.text),
  );
  return out;
}

/** A translation problem, placed either in the edition's file or at the English it concerns. */
export interface TranslationProblem {
  kind:
    'missing' | 'stale' | 'unknown-key' | 'duplicate-key' | 'glossary' | 'calendar' | 'brackets' | 'names';
  /** Where to look: in the translation file (entries) or in the English data file (missing). */
  at: { file: 'translation'; path: Path } | { file: DataFileName; path: Path };
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether the English names the term as a whole word ("Intel", not "intelligence"). */
const mentions = (text: string, term: string) => new RegExp(`(^|\\W)${escape(term)}(\\W|$)`).test(text);

const names: Record<TranslatedEdition, string> = { fa: 'Persian', zh: 'Chinese' };

/** A Persian text's Gregorian days, years and months written without the Solar Hijri (editions-glossary
 * §11), each a warning at `path` saying what to write. */
function calendarProblems(text: string, path: Path, { years = true } = {}): TranslationProblem[] {
  const at = { file: 'translation' as const, path };
  return [
    ...gregorianOnlyDays(text).map((day) => ({
      kind: 'calendar' as const,
      at,
      message: `«${day}» is a Gregorian day with no Solar Hijri day before it; write the Hijri day first and this one in brackets, as «۲۵ آذر (۱۶ دسامبر)» or with the year «۲۵ آذر ۱۴۰۱ (۱۶ دسامبر ۲۰۲۲)» (editions-glossary §11)`,
    })),
    ...(years ? gregorianOnlyYears(text) : []).map(({ found, write }) => ({
      kind: 'calendar' as const,
      at,
      message: `«${found}» is Gregorian with no Solar Hijri beside it; write «${write}» (editions-glossary §11, as the charts' dates are written)`,
    })),
  ];
}

/** Brackets in a text that is not Latin alone. */
const nested = (text: string) => /[()]/.test(text) && /[^\x20-\x7e]/.test(text);

/** What is missing, stale, unknown or off-glossary in one edition's translations. */
export function translationProblems(fields: TextField[], file: TranslationFile): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const language = names[file.edition];
  const english = new Map(fields.map((f) => [f.key, f]));
  const seen = new Map<string, number>();
  file.entries.forEach((entry, i) => {
    const at = { file: 'translation' as const, path: ['entries', i] };
    if (seen.has(entry.key)) {
      problems.push({
        kind: 'duplicate-key',
        at,
        message: `"${entry.key}" is translated twice (first at entry ${seen.get(entry.key)}); keep one`,
      });
      return;
    }
    seen.set(entry.key, i);
    const field = english.get(entry.key);
    if (!field) {
      problems.push({
        kind: 'unknown-key',
        at,
        message: `no English text has the key "${entry.key}" any more (its record or field was removed or renamed); delete the entry or give it the new key`,
      });
      return;
    }
    if (field.en !== entry.en)
      problems.push({
        kind: 'stale',
        at: { file: 'translation', path: ['entries', i, 'en'] },
        message: `stale: the English of "${entry.key}" changed since it was translated; now it reads "${field.en}". Update the ${language} and copy the new English into "en"`,
      });
    for (const g of file.glossary)
      if (mentions(field.en, g.en) && !entry.text.includes(g.text))
        problems.push({
          kind: 'glossary',
          at: { file: 'translation', path: ['entries', i, 'text'] },
          message: `the English names "${g.en}"; the glossary writes it "${g.text}" in ${language}, which this translation does not use`,
        });
    // A chart's label keeps its year short (its card gives the span).
    if (file.edition === 'fa')
      problems.push(
        ...calendarProblems(entry.text, ['entries', i, 'text'], { years: !entry.key.endsWith('/label') }),
      );
    // A citation and a map claim already bracket a publisher; Persian sets no bracket inside a bracket (a
    // Latin name's own, "Thompson Hine (SmarTrade)", is isolated with the name).
    if (file.edition === 'fa' && entry.key.endsWith('/publisher') && nested(entry.text))
      problems.push({
        kind: 'brackets',
        at: { file: 'translation', path: ['entries', i, 'text'] },
        message: `«${entry.text}» has brackets of its own, and a citation or a map claim puts a publisher in brackets; give its description after a comma, as «دولت شهر دالیان، وب‌سایت انگلیسی»`,
      });
  });
  // What the edition says of itself, under its language switcher, is Persian text like the rest.
  if (file.edition === 'fa') {
    problems.push(...calendarProblems(file.status, ['status']));
    (file.updates ?? []).forEach((u, i) =>
      problems.push(...calendarProblems(u.text, ['updates', i, 'text'])),
    );
  }
  problems.push(...nameProblems(file, language));
  for (const field of fields)
    if (!seen.has(field.key))
      problems.push({
        kind: 'missing',
        at: { file: field.file, path: field.path },
        message: `no ${language} translation yet (key "${field.key}" in data/translations/${file.edition}.json)`,
      });
  return problems;
}

/** A source's publisher and name are who the provenance counts (provenance.ts tells independent sources
 * apart by them), so an edition must write each one way, and two of one field never alike: otherwise its
 * How-we-know lines would count sources the English counts apart as one, or one as two. */
function nameProblems(file: TranslationFile, language: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const firstFor = new Map<string, { text: string; key: string }>();
  const englishOf = new Map<string, { en: string; key: string }>();
  file.entries.forEach((entry, i) => {
    const field = /^sources\/[^/]+\/(publisher|name)$/.exec(entry.key)?.[1];
    if (!field) return;
    const at = { file: 'translation' as const, path: ['entries', i, 'text'] };
    const first = firstFor.get(`${field} ${entry.en}`);
    if (first && first.text !== entry.text)
      problems.push({
        kind: 'names',
        at,
        message: `"${entry.en}" is written "${first.text}" at ${first.key} and "${entry.text}" here; write it one way in ${language}`,
      });
    else if (!first) firstFor.set(`${field} ${entry.en}`, { text: entry.text, key: entry.key });
    const other = englishOf.get(`${field} ${entry.text}`);
    if (other && other.en !== entry.en)
      problems.push({
        kind: 'names',
        at,
        message: `"${entry.text}" also writes "${other.en}" (${other.key}), another source's ${field}; tell them apart in ${language}`,
      });
    else if (!other) englishOf.set(`${field} ${entry.text}`, { en: entry.en, key: entry.key });
  });
  return problems;
}

/** The problems that leave a reader English text in an edition: a translation missing, or made from
 * English that has since changed. (Unknown keys and glossary slips are check:data's warnings only.) */
export const untranslated = (problems: TranslationProblem[]) =>
  problems.filter((p) => p.kind === 'missing' || p.kind === 'stale');

/**
 * Puts each current translation in place of its English inside `files` (each data file's value, changed
 * in place, at the field's path). A field whose translation is missing or stale keeps its English; those
 * are returned, each naming its key and what to do.
 */
export function applyTranslation(
  files: Partial<Record<DataFileName, unknown>>,
  fields: TextField[],
  file: TranslationFile,
): TranslationProblem[] {
  const entries = new Map(file.entries.map((e) => [e.key, e]));
  for (const field of fields) {
    const entry = entries.get(field.key);
    if (!entry || entry.en !== field.en) continue;
    const parent = field.path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)?.[k], files[field.file]);
    if (parent && typeof parent === 'object') (parent as Json)[field.path.at(-1)!] = entry.text;
  }
  return untranslated(translationProblems(fields, file));
}
