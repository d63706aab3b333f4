import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data';
import { downloads } from '$lib/data/downloads';
import { datasetTables, toCsv } from '$lib/data/tables';
import { writeDownloads } from '../../scripts/downloads';

/** A small RFC 4180 reader, enough to check our own output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n')
      ((row.push(field), rows.push(row), (row = []), (field = '')), i++);
    else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [['x, y', 'say "hi"\nthen']] });
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthen'],
    ]);
  });
});

describe('Get the data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiandy-downloads-'));
  const written = writeDownloads(dataset, dir);
  it('writes exactly the files the page links to', () => {
    expect(written.sort()).toEqual(downloads.map((d) => d.file).sort());
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(written.sort());
  });
  it('writes JSON that matches the data files', () => {
    const json = JSON.parse(readFileSync(join(dir, 'data', 'tiandy-dataset.json'), 'utf8'));
    expect(json.countries).toEqual(dataset.countries);
    expect(json.relationships).toEqual(dataset.relationships);
    expect(json.events).toEqual(dataset.events);
    expect(json.sources).toEqual(dataset.sources);
  });
  it('writes one CSV row per record, with ids and statuses intact', () => {
    const tables = datasetTables(dataset);
    for (const [name, table] of Object.entries(tables)) {
      const rows = parseCsv(readFileSync(join(dir, 'data', `${name}.csv`), 'utf8'));
      expect(rows[0]).toEqual(table.columns);
      expect(rows.length - 1).toBe(table.rows.length);
    }
    const countries = parseCsv(readFileSync(join(dir, 'data', 'countries.csv'), 'utf8'));
    expect(countries.slice(1).map((r) => [r[0], r[4]])).toEqual(
      dataset.countries.map((c) => [c.iso3, c.status]),
    );
  });
});
