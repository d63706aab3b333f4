// npm run data:import: a CSV from any spreadsheet back into data/. A download imported as it is changes
// nothing; a broken CSV is refused with its row and column, and data/ is left byte for byte as it was.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataTexts, loadDataDir, readDataDir } from '../../src/lib/data/load';
import { importCsv, tableForFile } from '../../src/lib/data/importCsv';
import { citations } from '../../src/lib/data/cells';
import { datasetTables, tableByName, tableDefs, toCsv } from '../../src/lib/data/tables';
import { realDir, validDir, type Texts } from './helpers';
import { storyDir } from '../fixtures/story';

const work = mkdtempSync(join(tmpdir(), 'tiandy-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The download of a table for the data in `dir`, as rows of cells. */
const download = (dir: string, table: string) =>
  csvParseRows(toCsv(datasetTables(loadDataDir(dir))[table as 'sources']).replace(/\r\n$/, ''));
const csv = (rows: string[][]) => csvFormatRows(rows) + '\n';
const valid = readDataDir(validDir) as Texts;
const run = (rows: string[][], name: string, texts: Partial<Texts> = valid) =>
  importCsv(csv(rows), name, texts, { dir: 'data' });
/** The rows of `table`'s download with one cell changed (row as a spreadsheet numbers it). */
function edited(table: string, row: number, column: string, value: string, dir = validDir) {
  const rows = download(dir, table);
  rows[row - 1][rows[0].indexOf(column)] = value;
  return rows;
}

describe('a round trip', () => {
  // data/ is laid out however its editors like, so there the records must come back the same; the
  // fixtures are in the tools' own layout, so there the very bytes must.
  describe.each([
    ['data/', realDir, false],
    ['the valid fixture', validDir, true],
    ['the story fixture', storyDir, true],
  ])('of each download of %s through the import', (_, dir, bytes) => {
    const texts = readDataDir(dir);
    it.each(tableDefs.map((t) => t.name))('%s.csv changes nothing', async (name) => {
      const table = tableByName(name)!;
      const result = await importCsv(
        toCsv(datasetTables(loadDataDir(dir))[table.name]),
        `${name}.csv`,
        texts,
      );
      expect(result.problems).toEqual([]);
      if (bytes) expect(result.text).toBe(texts[table.file]);
      else expect(JSON.parse(result.text!)).toEqual(JSON.parse(texts[table.file]!));
      expect(result.changes).toMatchObject({ added: [], removed: [], changed: [], reordered: false });
    });
  });

  it('reads what spreadsheets write: semicolons or tabs, a byte-order mark, CRLF or LF', async () => {
    const rows = download(storyDir, 'countries');
    const story = readDataDir(storyDir);
    const semicolons =
      '\uFEFF' +
      rows
        .map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
        .join('\r\n');
    const tabs =
      rows
        .map((r) => r.map((c) => (/[\t"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t'))
        .join('\n') + '\n';
    for (const text of [semicolons, tabs]) {
      const result = await importCsv(text, 'countries.csv', story);
      expect(result.problems).toEqual([]);
      expect(result.text).toBe(story['footprint.json']);
    }
  });

  it('gives back a cell written safely for spreadsheets exactly as it was', async () => {
    const texts = {
      ...valid,
      'sources.json': valid['sources.json'].replace(
        '"title": "Targeting Tiandy"',
        '"title": "=Targeting Tiandy"',
      ),
    };
    const dir = join(work, 'formula');
    cpSync(validDir, dir, { recursive: true });
    writeFileSync(join(dir, 'sources.json'), texts['sources.json']);
    const text = toCsv(datasetTables(loadDataDir(dir)).sources);
    expect(text).toContain(",'=Targeting Tiandy,");
    const result = await importCsv(text, 'sources.csv', texts);
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(texts['sources.json']);
  });
});

describe('an edit in a spreadsheet', () => {
  it("adds a row, keeps the CSV order and what the CSV does not carry (a country's places)", async () => {
    const rows = download(validDir, 'countries');
    const status = rows[0].indexOf('status');
    rows[1][status] = 'single-source'; // China, which has places
    const turkmenistan = rows[0].map(
      (c) =>
        ({
          iso3: 'TKM',
          name: 'Turkmenistan',
          kind: 'reseller',
          presence: 'A firm in Ashgabat calls itself a distributor [fdd-2022-12].',
          status: 'single-source',
          since: '2022',
          sources: 'fdd-2022-12',
        })[c] ?? '',
    );
    rows.splice(2, 0, turkmenistan);
    const result = await run(rows, 'countries.csv');
    expect(result.problems).toEqual([]);
    expect(result.changes).toMatchObject({ added: ['TKM'], changed: ['CHN'], removed: [] });
    const countries = JSON.parse(result.text!).countries;
    expect(countries.map((c: { iso3: string }) => c.iso3)).toEqual([
      'CHN',
      'TKM',
      ...JSON.parse(valid['footprint.json'])
        .countries.slice(1)
        .map((c: { iso3: string }) => c.iso3),
    ]);
    expect(countries[0].places).toEqual(JSON.parse(valid['footprint.json']).countries[0].places);
    expect(countries[1]).toEqual({
      iso3: 'TKM',
      name: 'Turkmenistan',
      kind: 'reseller',
      presence: 'A firm in Ashgabat calls itself a distributor [fdd-2022-12].',
      status: 'single-source',
      since: '2022',
      sources: ['fdd-2022-12'],
    });
    // The result passes the whole data check.
    expect(checkDataTexts({ ...valid, 'footprint.json': result.text! }).errors).toEqual([]);
  });

  it('empties a field whose cell is emptied, and reads lists and dates typed loosely', async () => {
    const rows = edited('relationships', 4, 'sources', ' fdd-2022-12 ;nbc-2022-12; ');
    rows[3][rows[0].indexOf('date')] = ' 2021 ';
    const result = await run(rows, 'relationships.csv');
    expect(result.problems).toEqual([]);
    const rel = JSON.parse(result.text!).relationships[2];
    expect(rel).toMatchObject({
      id: 'tiandy-sells-irgc',
      date: '2021',
      sources: ['fdd-2022-12', 'nbc-2022-12'],
    });
  });

  it('picks the table from names spreadsheets give downloads', () => {
    expect(tableForFile('countries.csv')?.name).toBe('countries');
    expect(tableForFile('/home/me/Downloads/Tiandy - events (2).csv')?.name).toBe('events');
    expect(tableForFile('notes.csv')).toBeUndefined();
  });

  it('reads a citation with an override of what the source rests on', () => {
    const codec = citations(/^[a-z0-9]+(-[a-z0-9]+)*$/, true);
    const cell = 'nbc-2022-12-16 > us-officials-2022-12-16 + other-id; fdd-2022-12';
    const value = [{ id: 'nbc-2022-12-16', restsOn: ['us-officials-2022-12-16', 'other-id'] }, 'fdd-2022-12'];
    expect(codec.read(cell)).toEqual({ value });
    expect(codec.write(value)).toBe(cell);
    expect(codec.read('a > ')).toHaveProperty('error');
  });
});

describe('a broken CSV', () => {
  it.each([
    [
      'an unknown column',
      () => {
        const r = download(validDir, 'countries');
        r[0][4] = 'stauts';
        return r;
      },
      'countries.csv',
      /^countries\.csv row 1, column "stauts": unknown column — did you mean "status"\?/,
    ],
    [
      'a bad status',
      () => edited('countries', 3, 'status', 'confimed'),
      'countries.csv',
      /^countries\.csv row 3, column "status": "confimed" is not a status; use one of .* did you mean "confirmed"\?/,
    ],
    [
      'an unknown source id',
      () => edited('relationships', 4, 'sources', 'nbc-2022-12; fdd-2021-12'),
      'relationships.csv',
      /^relationships\.csv row 4, column "sources": unknown source "fdd-2021-12" — did you mean "fdd-2022-12"\?/,
    ],
    [
      'a duplicate id',
      () => edited('events', 3, 'id', download(validDir, 'events')[1][0]),
      'events.csv',
      /^events\.csv row 3, column "id": ".*" is also in row 2/,
    ],
    [
      'a wrong ISO code',
      () => edited('countries', 4, 'iso3', 'UK'),
      'countries.csv',
      /^countries\.csv row 4, column "iso3": "UK" is not an ISO 3166-1 alpha-3 .*"GBR"/,
    ],
    [
      'an unknown entity',
      () => edited('relationships', 2, 'from', 'intell'),
      'relationships.csv',
      /^relationships\.csv row 2, column "from": unknown entity "intell" — did you mean "intel"\?/,
    ],
    [
      'a date a spreadsheet rewrote',
      () => edited('events', 2, 'date', '2022/12/15'),
      'events.csv',
      /^events\.csv row 2, column "date": "2022\/12\/15" is not a date.*did you mean "2022-12-15"\?/,
    ],
    [
      'a date written day first',
      () => edited('events', 2, 'date', '15/12/2022'),
      'events.csv',
      /^events\.csv row 2, column "date": "15\/12\/2022" is not a date.*did you mean "2022-12-15"\?/,
    ],
    [
      'an empty required cell',
      () => edited('sources', 3, 'title', ''),
      'sources.csv',
      /^sources\.csv row 3, column "title": the cell is empty; every row needs/,
    ],
    [
      'a yes-or-no field typed otherwise (or filled in before the data model has it)',
      () => edited('sources', 2, 'seen', 'maybe'),
      'sources.csv',
      /^sources\.csv row 2, column "seen": ("maybe" is not true or false|the data has no "seen" field yet)/,
    ],
    [
      'an edited read-only column',
      () => edited('countries', 2, 'places', 'Beijing (Office)'),
      'countries.csv',
      /^countries\.csv row 2, column "places": this column is read-only/,
    ],
  ])('is refused for %s, naming row and column', async (_, rows, name, message) => {
    const result = await run(rows(), name);
    expect(result.text).toBeUndefined();
    expect(result.problems[0]).toMatch(message);
  });

  it('is refused when it removes a record that other files point at, saying where', async () => {
    const rows = download(validDir, 'sources').filter((r) => r[0] !== 'fdd-2022-12');
    const result = await run(rows, 'sources.csv');
    expect(result.text).toBeUndefined();
    expect(result.problems.join('\n')).toMatch(
      /^data\/relationships\.json:\d+:\d+ {2}\/relationships\/2\/sources\/1 {2}unknown source "fdd-2022-12".*\(with sources\.csv imported\)$/m,
    );
  });

  it(
    'leaves the data folder byte for byte as it was (npm run data:import), and writes a valid one',
    { timeout: 60_000 },
    () => {
      const dir = join(work, 'cli');
      cpSync(validDir, dir, { recursive: true });
      const before = readDataDir(dir);
      const file = join(work, 'countries.csv');
      writeFileSync(file, csv(edited('countries', 3, 'status', 'confimed')));
      const cli = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-data.ts', file, '--data', dir], {
          encoding: 'utf8',
        });
      const refused = cli();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('countries.csv row 3, column "status": "confimed" is not a status');
      expect(refused.stderr).toContain('Nothing was written');
      expect(readDataDir(dir)).toEqual(before);

      // The file's bytes reach the decoder: a windows-1252 file whose ñ may be windows-1250's ń is refused.
      copyFileSync(new URL('../fixtures/csv/windows-1252-spanish.countries.csv', import.meta.url), file);
      const legacy = cli();
      expect(legacy.status).toBe(1);
      expect(legacy.stderr).toContain('countries.csv is not UTF-8 (byte 0xF1 at row 3, column "presence")');
      expect(readDataDir(dir)).toEqual(before);

      writeFileSync(file, csv(edited('countries', 3, 'status', 'single-source')));
      const done = cli();
      expect(done.stderr).toBe('');
      expect(done.stdout).toMatch(
        /countries\.csv → .*footprint\.json: 4 countries, 1 changed \(IRN\)\. The data passes every check\./,
      );
      expect(done.status).toBe(0);
      expect(checkDataTexts(readDataDir(dir)).errors).toEqual([]);
      expect(readFileSync(join(dir, 'footprint.json'), 'utf8')).toBe(
        before['footprint.json']!.replace(
          '"status": "confirmed",\n      "since": "2021"',
          '"status": "single-source",\n      "since": "2021"',
        ),
      );
    },
  );
});
