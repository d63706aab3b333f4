// npm run data:export [-- <folder>]: writes the CSV of every table of data/ (or DATA_DIR) into a folder
// (default spreadsheets/, which git ignores), exactly as the site's downloads are, to open in a spreadsheet.
// Edit, export as CSV under the same name, then `npm run data:import spreadsheets/countries.csv`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDataTexts, formatDataErrors, readDataDir } from '../src/lib/data/load.ts';
import { datasetTables, toCsv } from '../src/lib/data/tables.ts';
import { checkTranslations, rawDataDir } from '../src/lib/data/translationCheck.ts';
import { textFields } from '../src/lib/data/translations.ts';
import { translationsToCsv } from '../src/lib/data/translationsCsv.ts';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const out = process.argv[2] ?? 'spreadsheets';
const { dataset, errors } = checkDataTexts(readDataDir(dataDir));
if (!dataset) {
  console.error(formatDataErrors(errors) + '\n\nFix these first: only valid data is exported.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const [name, table] of Object.entries(datasetTables(dataset))) {
  writeFileSync(join(out, `${name}.csv`), toCsv(table));
  console.log(`${join(out, `${name}.csv`)}: ${table.rows.length} rows`);
}
// Each edition's translations, for translators: `npm run data:import spreadsheets/translations-fa.csv`.
const fields = textFields(rawDataDir(dataDir));
for (const report of checkTranslations(dataDir)) {
  if (!report.translation) continue;
  const file = join(out, `translations-${report.edition}.csv`);
  writeFileSync(file, translationsToCsv(fields, report.translation));
  console.log(`${file}: ${fields.length} texts, ${report.current} translated and current`);
}
