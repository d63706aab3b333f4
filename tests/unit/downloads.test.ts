// "Get the data": the JSON, one CSV per table and the data package that describes them, all made from the
// one table definition per CSV (src/lib/data/tables.ts). Every CSV is read back against the data package.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data';
import { downloads } from '$lib/data/downloads';
import { guardCell, unguardCell, type TableField } from '$lib/data/cells';
import { datasetTables, tableDefs, toCsv } from '$lib/data/tables';
import { writeDownloads } from '../../scripts/downloads';
import { storyData } from '../fixtures/story';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, with CRLF line ends', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [['x, y', 'say "hi"\nthen']] });
    expect(csv).toBe('a,b\r\n"x, y","say ""hi""\nthen"\r\n');
    expect(csvParseRows(csv.trimEnd())).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthen'],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcell', "'\tcell"],
    ['\rcell', "'\rcell"],
    ["'=already quoted", "''=already quoted"],
    ["'quoted on purpose", "'quoted on purpose"],
    ['a = b', 'a = b'],
  ])('writes %j safely for spreadsheets, and reads it back as it was', (value, cell) => {
    expect(guardCell(value)).toBe(cell);
    expect(unguardCell(guardCell(value))).toBe(value);
  });

  it('names its columns once: the header is the table definition', () => {
    const tables = datasetTables(dataset);
    for (const def of tableDefs) expect(tables[def.name].columns).toEqual(def.columns.map((c) => c.name));
    expect(tables.sources.columns).toEqual(
      expect.arrayContaining(['kind', 'by', 'name', 'rests_on', 'copy_of', 'via', 'seen', 'denial']),
    );
  });
});

/**
 * Whether a cell satisfies a Table Schema field (Frictionless v1: patterns match the whole value). The
 * library's own cast (datapackage.test.ts) matches a pattern anywhere in the cell, so this stays.
 */
function fieldProblem(cell: string, field: TableField & { name: string }): string | undefined {
  const c = field.constraints ?? {};
  if (cell === '') return c.required ? 'empty but required' : undefined;
  const value = unguardCell(cell);
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return 'not an integer';
  if (field.type === 'number' && !Number.isFinite(Number(value))) return 'not a number';
  if (field.type === 'boolean' && ![...field.trueValues!, ...field.falseValues!].includes(value))
    return 'not a boolean';
  if (field.format === 'uri' && !URL.canParse(value)) return 'not a URI';
  if (c.enum && !c.enum.includes(value)) return `not one of ${c.enum.join(', ')}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return `does not match ${c.pattern}`;
  return undefined;
}

describe.each([
  ['data/', dataset],
  ['the story fixture', storyData()],
])('Get the data, for %s', (_, data) => {
  const dir = mkdtempSync(join(tmpdir(), 'tiandy-downloads-'));
  const written = writeDownloads(data, dir);
  const read = (f: string) => readFileSync(join(dir, 'data', f), 'utf8');
  const pkg = JSON.parse(read('datapackage.json'));

  it('writes exactly the files the page links to', () => {
    expect(written.sort()).toEqual(downloads.map((d) => d.file).sort());
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(written.sort());
  });

  it('writes JSON that matches the data files', () => {
    const json = JSON.parse(read('tiandy-dataset.json'));
    expect(json.countries).toEqual(data.countries);
    expect(json.relationships).toEqual(data.relationships);
    expect(json.events).toEqual(data.events);
    expect(json.sources).toEqual(data.sources);
    expect(json.entities).toEqual(data.entities);
  });

  it('writes one CSV row per record, with ids and statuses intact', () => {
    for (const def of tableDefs) {
      const rows = csvParseRows(read(`${def.name}.csv`).replace(/\r\n$/, ''));
      expect(rows.length - 1, def.name).toBe(def.records(data).length);
      const key = def.columns.findIndex((c) => c.key === def.key);
      expect(rows.slice(1).map((r) => r[key])).toEqual(
        def.records(data).map((r) => (r as Record<string, string>)[def.key]),
      );
    }
  });

  it('describes itself as a Frictionless data package: licence, sources, a resource per file', () => {
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }),
    ]);
    expect(pkg.sources.length).toBe(data.sources.length);
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(
      downloads
        .map((d) => d.file)
        .filter((f) => f !== 'datapackage.json')
        .sort(),
    );
  });

  it('matches every CSV exactly: the header is the field names in order, every cell fits its field', () => {
    for (const resource of pkg.resources.filter((r: { format: string }) => r.format === 'csv')) {
      const rows = csvParseRows(read(resource.path).replace(/\r\n$/, ''));
      const fields = resource.schema.fields as (TableField & { name: string })[];
      expect(rows[0], resource.path).toEqual(fields.map((f) => f.name));
      const problems: string[] = [];
      rows.slice(1).forEach((row, i) => {
        expect(row.length, `${resource.path} row ${i + 2}`).toBe(fields.length);
        fields.forEach((f, j) => {
          const p = fieldProblem(row[j], f);
          if (p) problems.push(`${resource.path} row ${i + 2}, ${f.name}: ${JSON.stringify(row[j])} ${p}`);
        });
      });
      expect(problems).toEqual([]);
      const key = resource.schema.primaryKey;
      const keys = rows.slice(1).map((r) => r[rows[0].indexOf(key)]);
      expect(new Set(keys).size, `${resource.path} ${key} unique`).toBe(keys.length);
    }
  });
});
