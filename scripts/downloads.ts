// Writes "Get the data": the dataset as one JSON file and a CSV per table, into <outDir>/data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/lib/data/schema';
import { datasetTables, toCsv } from '../src/lib/data/tables';

export function writeDownloads(dataset: Dataset, outDir: string): string[] {
  const dir = join(outDir, 'data');
  mkdirSync(dir, { recursive: true });
  const { story: _story, ...records } = dataset;
  const written = ['tiandy-dataset.json'];
  writeFileSync(join(dir, 'tiandy-dataset.json'), JSON.stringify(records, null, 2) + '\n');
  for (const [name, table] of Object.entries(datasetTables(dataset))) {
    writeFileSync(join(dir, `${name}.csv`), toCsv(table));
    written.push(`${name}.csv`);
  }
  return written;
}
