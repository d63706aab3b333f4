// Writes "Get the data": the dataset as one JSON file, a CSV per table and the data package that describes
// them (datapackage.json), into <outDir>/data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/lib/data/schema';
import { datasetTables, toCsv } from '../src/lib/data/tables';
import { dataPackage, dataPackageFile, datasetFile } from '../src/lib/data/datapackage';

export function writeDownloads(dataset: Dataset, outDir: string): string[] {
  const dir = join(outDir, 'data');
  mkdirSync(dir, { recursive: true });
  const { story: _story, ...records } = dataset;
  const written = [datasetFile];
  writeFileSync(join(dir, datasetFile), JSON.stringify(records, null, 2) + '\n');
  for (const [name, table] of Object.entries(datasetTables(dataset))) {
    writeFileSync(join(dir, `${name}.csv`), toCsv(table));
    written.push(`${name}.csv`);
  }
  writeFileSync(join(dir, dataPackageFile), JSON.stringify(dataPackage(dataset), null, 2) + '\n');
  written.push(dataPackageFile);
  return written;
}
