import { loadDataDir, readDataDir } from './src/lib/data/load.ts';
import { datasetTables, toCsv, tableDefs } from './src/lib/data/tables.ts';
import { importCsv } from './src/lib/data/importCsv.ts';
for (const dir of ['data', 'tests/fixtures/valid', 'tests/fixtures/story']) {
  const d = loadDataDir(dir);
  const texts = readDataDir(dir);
  const t = datasetTables(d);
  for (const def of tableDefs) {
    const csv = toCsv(t[def.name]);
    const r = await importCsv(csv, `${def.name}.csv`, texts, { dir });
    console.log(dir, def.name, r.problems.slice(0, 3), r.text === texts[def.file], r.changes);
  }
}
