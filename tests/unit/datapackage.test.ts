// The data package the build writes to /data/ is what Frictionless's own library (datapackage-js) accepts:
// the package and each resource valid by their profiles, and every table read with its Table Schema: each
// cell cast to its field's type and constraints, keys unique, foreign keys found. Generic over resources,
// so a table added to tables.ts is checked with the others. (tableschema-js 1.12.6 matches a "pattern"
// anywhere in a cell, not the whole cell as the spec says; downloads.test.ts checks the whole cell.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '$lib/data';
import { writeDownloads } from '../../scripts/downloads';
import { storyData } from '../fixtures/story';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The downloads of `data`, written to a new folder; returns the path of its datapackage.json. */
function written(data: typeof dataset): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiandy-datapackage-'));
  folders.push(dir);
  writeDownloads(data, dir);
  return join(dir, 'data', 'datapackage.json');
}

/** Every problem datapackage-js finds in a package: its descriptor's, then each table's when read. */
async function problems(descriptor: string): Promise<string[]> {
  const pkg = await Package.load(descriptor);
  const found = pkg.errors.map((e) => e.message);
  for (const resource of pkg.resources.filter((r) => r.tabular)) {
    try {
      const rows = await resource.read({ cast: true, relations: true });
      const lines = readFileSync(join(descriptor, '..', resource.descriptor.path), 'utf8').split('\r\n');
      // Every record came back: one row per line but the header and the final line end (no cell of ours
      // holds a line break; if one ever does, this count is what to change).
      if (rows.length !== lines.length - 2) found.push(`${resource.name}: read ${rows.length} rows`);
    } catch (e) {
      const error = e as Error & { errors?: Error[] };
      found.push(
        ...(error.errors?.length ? error.errors : [error]).map((x) => `${resource.name}: ${x.message}`),
      );
    }
  }
  return found;
}

describe.each([
  ['data/', () => dataset],
  ['the story fixture', storyData],
])('the data package of %s', (_, data) => {
  it('is valid, and every table casts against its Table Schema', { timeout: 30_000 }, async () => {
    const descriptor = written(data());
    const pkg = await Package.load(descriptor);
    expect(pkg.resources.filter((r) => r.tabular).length).toBeGreaterThan(0);
    expect(await problems(descriptor)).toEqual([]);
  });
});

describe('the check of the data package', () => {
  const descriptor = written(storyData());
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(descriptor, '..', file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after, 'the edit changes the file').not.toBe(before);
    writeFileSync(path, after);
    return () => writeFileSync(path, before);
  };

  it.each([
    [
      'a tabular-data-package holding the JSON dataset',
      'datapackage.json',
      (t: string) => t.replace('"profile": "data-package"', '"profile": "tabular-data-package"'),
      /No enum match for: "data-resource"/,
    ],
    [
      'a status not in its list',
      'events.csv',
      (t: string) => t.replace(',confirmed,', ',confimed,'),
      /^events: /,
    ],
    [
      'a relationship to no actor',
      'relationships.csv',
      (t: string) => t.replace(/\r\n([^,]+),tiandy,/, '\r\n$1,tiandyy,'),
      /^relationships: .*foreign key/i,
    ],
    [
      'an id twice',
      'entities.csv',
      (t: string) =>
        t.replace(/\r\n[^,\r\n]+,/, (m) => m.replace(/[^,\r\n]+/, t.split('\r\n')[2].split(',')[0])),
      /^entities: .*unique/i,
    ],
  ])('fails on %s', async (_, file, change, message) => {
    const restore = edit(file, change);
    try {
      const found = await problems(descriptor);
      expect(
        found.some((p) => message.test(p)),
        found.join('\n'),
      ).toBe(true);
    } finally {
      restore();
    }
  });
});
