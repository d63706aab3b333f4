// A build of broken data stops before it writes anything, naming the file, line and field (the site that
// was there is left as it was). No site is built: the data is checked first.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build';
import { DataCheckError } from '../../src/lib/data/load';

const work = mkdtempSync(join(tmpdir(), 'build-stops-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('stops on broken data before writing anything, naming file and line', async () => {
  const site = join(work, 'site');
  cpSync('static', site, { recursive: true });
  const before = readdirSync(site, { recursive: true })
    .map((f) => String(f))
    .sort();
  const data = join(work, 'broken-data');
  cpSync('data', data, { recursive: true });
  const file = join(data, 'footprint.json');
  const text = readFileSync(file, 'utf8');
  // A country code one letter short, in the first country.
  const broken = text.replace(/"iso3": "([A-Z]{2})[A-Z]"/, '"iso3": "$1"');
  expect(broken).not.toBe(text);
  writeFileSync(file, broken);
  const error = await buildSite({ outDir: site, dataDir: data, quiet: true }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataCheckError);
  expect((error as Error).message).toMatch(/footprint\.json:\d+:\d+ +\/countries\/0\/iso3 /);
  expect(
    readdirSync(site, { recursive: true })
      .map((f) => String(f))
      .sort(),
  ).toEqual(before);
});
