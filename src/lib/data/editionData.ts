// The dataset as an edition prints it (Node: the data plugin and the build). The English is checked as
// always; then the edition's translations (data/translations/<edition>.json) replace each text they
// translate, and the counts are filled the edition's way. A text whose translation is missing or stale
// stays in English: a preview build says so and goes on; a build for publishing refuses it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataTexts, DataCheckError, readDataDir, type DataError } from './load.ts';
import { translationFile, type TranslationFile, type TranslationProblem } from './translations.ts';
import type { Dataset, DataFileName } from './schema.ts';
import type { EditionId } from '../editions/editions.ts';

/** An edition's translation file, or undefined for English; throws if the file is missing or invalid
 * (check:data names the line of each mistake). */
export function readTranslation(dir: string, edition: EditionId): TranslationFile | undefined {
  if (edition === 'en') return undefined;
  const path = join(dir, 'translations', `${edition}.json`);
  if (!existsSync(path))
    throw new Error(`${path} is missing: the ${edition} edition needs its translations there`);
  const parsed = translationFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`${path} is not a valid translation file; run npm run check:data to see where`);
  return parsed.data;
}

/** One line per text left in English, with its key and what to do. */
export const untranslatedLines = (edition: EditionId, problems: TranslationProblem[]) =>
  problems.map((p) => `  data/translations/${edition}.json  ${p.message}`);

export class TranslationsIncomplete extends Error {
  constructor(edition: EditionId, problems: TranslationProblem[]) {
    super(
      [
        `The ${edition} edition cannot be published: ${problems.length} text${problems.length === 1 ? ' has' : 's have'} no current translation, and readers would meet them in English:`,
        ...untranslatedLines(edition, problems),
        `Translate them (npm run check:data lists each with its line; npm run data:export gives a spreadsheet), or build without SITE_URL to preview.`,
      ].join('\n'),
    );
    this.name = 'TranslationsIncomplete';
  }
}

export interface EditionData {
  dataset: Dataset | null;
  errors: DataError[];
  /** Each data file as the edition's pages get it: translated, the story's counts filled. */
  files?: Record<DataFileName, string>;
  untranslated: TranslationProblem[];
  translation?: TranslationFile;
}

/** Checks the English texts of a data folder and makes the edition's dataset from them. */
export function editionData(
  texts: Partial<Record<DataFileName, string>>,
  dir: string,
  edition: EditionId,
  label = 'data',
): EditionData {
  const translation = readTranslation(dir, edition);
  const { dataset, errors, untranslated = [] } = checkDataTexts(texts, { dir: label, edition, translation });
  return { dataset, errors, untranslated, translation, ...(dataset && { files: dataFiles(dataset) }) };
}

/** The data files' JSON from a dataset, each holding what the pages read of it (src/lib/data/files/). */
const dataFiles = (d: Dataset): Record<DataFileName, string> => ({
  'sources.json': JSON.stringify({ sources: d.sources }),
  'entities.json': JSON.stringify({ entities: d.entities }),
  'relationships.json': JSON.stringify({ relationships: d.relationships }),
  'footprint.json': JSON.stringify({ claims: d.claims, countries: d.countries }),
  'events.json': JSON.stringify({ events: d.events }),
  'measures.json': JSON.stringify({ measures: d.measures }),
  'story.json': JSON.stringify(d.story),
});

/** The edition's dataset from a folder; throws on bad data, and, when publishing, on untranslated text. */
export function loadEditionDir(
  dir: string,
  edition: EditionId,
  { publishing = false } = {},
): { dataset: Dataset; untranslated: TranslationProblem[]; translation?: TranslationFile } {
  const { dataset, errors, untranslated, translation } = editionData(readDataDir(dir), dir, edition);
  if (!dataset) throw new DataCheckError(errors);
  if (publishing && untranslated.length) throw new TranslationsIncomplete(edition, untranslated);
  return { dataset, untranslated, translation };
}
