// Reads each edition's translations beside data/ (data/translations/fa.json, zh.json) and checks them
// against the English: invalid files are errors; missing, stale, unknown and off-glossary entries are
// warnings for check:data, each with its file, line and column. Node only.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeIssue, type DataError } from './issues.ts';
import { dateProblem } from './hints.ts';
import { locate, dataFileNames, parseJsonText } from './load.ts';
import {
  textFields,
  translatedEditions,
  translationFile,
  translationProblems,
  type TranslatedEdition,
  type TranslationFile,
  type TranslationProblem,
} from './translations.ts';
import type { DataFileName } from './schema.ts';

export interface EditionReport {
  edition: TranslatedEdition;
  file: string;
  /** Present when the file is valid. */
  translation?: TranslationFile;
  /** English texts in all, and how many have a current translation. */
  total: number;
  current: number;
  errors: DataError[];
  warnings: (DataError & { kind: TranslationProblem['kind'] })[];
}

const readTexts = (dir: string) =>
  Object.fromEntries(dataFileNames.map((f) => [f, readFileSync(join(dir, f), 'utf8')])) as Record<
    DataFileName,
    string
  >;

/** Every data file of `dir`, parsed as it is (named values unfilled). */
export const rawDataDir = (dir: string) =>
  Object.fromEntries(Object.entries(readTexts(dir)).map(([f, t]) => [f, JSON.parse(t)]));

/** Checks every edition whose file exists under `<dir>/translations/`. */
export function checkTranslations(dir: string, label = 'data'): EditionReport[] {
  const texts = readTexts(dir);
  const fields = textFields(Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, JSON.parse(t)])));
  const reports: EditionReport[] = [];
  for (const edition of translatedEditions) {
    const path = join(dir, 'translations', `${edition}.json`);
    if (!existsSync(path)) continue;
    const file = `${label}/translations/${edition}.json`;
    const text = readFileSync(path, 'utf8');
    const report: EditionReport = {
      edition,
      file,
      total: fields.length,
      current: 0,
      errors: [],
      warnings: [],
    };
    reports.push(report);
    const parsed = parseJsonText(file, text, report.errors);
    if (!parsed) continue;
    const value = parsed.value;
    const result = translationFile.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues)
        for (const d of describeIssue(issue, value, translationFile))
          report.errors.push({ file, ...locate(text, d.path), pointer: pointer(d.path), message: d.message });
      continue;
    }
    // Its own dates are real calendar dates, as the data files' are (hints.ts).
    const dates: [(string | number)[], string][] = [
      [['translatedFrom'], result.data.translatedFrom],
      ...(result.data.updates ?? []).map((u, i): [(string | number)[], string] => [
        ['updates', i, 'date'],
        u.date,
      ]),
    ];
    for (const [path, date] of dates) {
      const message = dateProblem(date);
      if (message) report.errors.push({ file, ...locate(text, path), pointer: pointer(path), message });
    }
    if (report.errors.length) continue;
    report.translation = result.data;
    const problems = translationProblems(fields, result.data);
    const troubled = new Set(
      problems.filter((p) => p.kind === 'stale' || p.kind === 'unknown-key').map((p) => String(p.at.path[1])),
    );
    report.current = result.data.entries.filter((_, i) => !troubled.has(String(i))).length;
    for (const p of problems) {
      const inTranslation = p.at.file === 'translation';
      const where = inTranslation ? file : `${label}/${p.at.file}`;
      const source = inTranslation ? text : texts[p.at.file as DataFileName];
      report.warnings.push({
        kind: p.kind,
        file: where,
        ...locate(source, p.at.path),
        pointer: pointer(p.at.path),
        message: p.message,
      });
    }
  }
  return reports;
}

const pointer = (path: (string | number)[]) =>
  path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
