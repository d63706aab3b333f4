// npm run data:import <file.csv> [-- --data <folder>] [--check]: reads a CSV exported from a spreadsheet
// (comma, semicolon or tab delimited; UTF-8 with or without BOM, UTF-16, or a legacy code page when it can
// be told for sure: src/lib/data/csvBytes.ts) back into data/. The file's name picks the
// table: countries.csv, entities.csv, relationships.csv, events.csv, sources.csv or measures.csv; an
// edition's translations-fa.csv (or -zh) goes into data/translations/fa.json. Nothing is written
// unless the whole file is valid by the rules of npm run check:data; each problem names its row (as the
// spreadsheet numbers them, the header being row 1) and column. --check checks without writing.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readDataDir } from '../src/lib/data/load.ts';
import { importCsv, tableForFile } from '../src/lib/data/importCsv.ts';
import { tableDefs } from '../src/lib/data/tables.ts';
import { checkTranslations, rawDataDir } from '../src/lib/data/translationCheck.ts';
import { textFields } from '../src/lib/data/translations.ts';
import { translationsFromCsv } from '../src/lib/data/translationsCsv.ts';
import { formatDataJson } from '../src/lib/data/writeJson.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const dataDir = resolve(option('data') ?? process.env.DATA_DIR ?? 'data');
const checkOnly = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--'));
const names = tableDefs.map((t) => `${t.name}.csv`).join(', ');
if (!files.length) {
  console.error(`Usage: npm run data:import <file.csv> …  (the name says the table: ${names})`);
  process.exit(2);
}
const rel = relative(process.cwd(), dataDir);
const dir = rel === '' ? '.' : rel.startsWith('..') ? dataDir : rel;

let failed = false;
for (const csv of files) {
  const edition = /translations-([a-z]+)\.csv$/i.exec(csv)?.[1];
  if (edition) {
    failed = !(await importTranslations(csv, edition)) || failed;
    continue;
  }
  const table = tableForFile(csv);
  if (!table) {
    console.error(`${csv}: cannot tell which table this is from its name; name it one of ${names}`);
    failed = true;
    continue;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(csv);
  } catch (e) {
    console.error(`${csv}: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  const result = await importCsv(bytes, csv, readDataDir(dataDir), { dir, table });
  if (result.problems.length) {
    const n = result.problems.length;
    console.error(`${n} problem${n === 1 ? '' : 's'} in ${csv}:\n${result.problems.join('\n')}`);
    console.error(
      `\nNothing was written: ${dir}/${table.file} is as it was. Fix the spreadsheet and import again.`,
    );
    failed = true;
    continue;
  }
  const target = join(dataDir, table.file);
  const { rows, added, removed, changed, reordered } = result.changes;
  const what = [
    added.length && `${added.length} added (${added.join(', ')})`,
    changed.length && `${changed.length} changed (${changed.join(', ')})`,
    removed.length && `${removed.length} removed (${removed.join(', ')})`,
    reordered && 'new order',
  ].filter(Boolean);
  const same = result.text === readFileSync(target, 'utf8');
  if (!same && !checkOnly) {
    // Written aside and renamed, so the dev server never reads half a file.
    writeFileSync(`${target}.tmp`, result.text!);
    renameSync(`${target}.tmp`, target);
  }
  const read = result.encoding && result.encoding !== 'UTF-8' ? ` (read as ${result.encoding})` : '';
  console.log(
    `${csv}${read} → ${dir}/${table.file}: ${rows} ${table.name}, ` +
      (same
        ? 'no changes'
        : `${what.join(', ') || 'layout only'}${checkOnly ? ' (checked, not written)' : ''}`) +
      '. The data passes every check.',
  );
}
process.exit(failed ? 1 : 0);

/** An edition's translations from a spreadsheet (translations-fa.csv) into data/translations/fa.json. */
async function importTranslations(csv: string, edition: string): Promise<boolean> {
  const [report] = checkTranslations(dataDir, dir).filter((r) => r.edition === edition);
  if (!report?.translation) {
    console.error(
      `${csv}: ${dir}/translations/${edition}.json is missing or invalid; npm run check:data says why`,
    );
    return false;
  }
  const result = translationsFromCsv(
    readFileSync(csv),
    csv,
    textFields(rawDataDir(dataDir)),
    report.translation,
  );
  if (!result.file) {
    console.error(`${result.problems.length} problem(s) in ${csv}:\n${result.problems.join('\n')}`);
    console.error(
      `\nNothing was written: ${report.file} is as it was. Fix the spreadsheet and import again.`,
    );
    return false;
  }
  const target = join(dataDir, 'translations', `${edition}.json`);
  const text = await formatDataJson(result.file);
  const same = text === readFileSync(target, 'utf8');
  if (!same && !checkOnly) {
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
  }
  console.log(
    `${csv} → ${report.file}: ` +
      (same
        ? 'no changes'
        : `${result.changed.length} translations changed${checkOnly ? ' (checked, not written)' : ''}`),
  );
  return true;
}
