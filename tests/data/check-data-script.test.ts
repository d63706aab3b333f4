// npm run check:data: a summary line and exit 0 on good data; every problem and exit 1 on bad data.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenDir, validDir } from './helpers';

const run = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8' });

describe('scripts/check-data.ts', () => {
  it('prints a summary for valid data', () => {
    const { status, stdout } = run(validDir);
    expect(stdout).toBe(
      'data OK: 7 sources, 5 entities, 5 relationships, 4 countries, 4 events, 3 measures, 2 sections, 4 steps\n',
    );
    expect(status).toBe(0);
  });

  it('lists every problem of a broken folder, sorted by file and line, and exits 1', () => {
    // tests/fixtures/broken/ holds broken versions of some files; the rest come from the valid set.
    const dir = mkdtempSync(join(tmpdir(), 'tiandy-check-'));
    try {
      cpSync(validDir, dir, { recursive: true });
      cpSync(brokenDir, dir, { recursive: true });
      const { status, stderr } = run(dir);
      const rel = relative(process.cwd(), dir);
      const label = rel.startsWith('..') ? dir : rel;
      expect(status).toBe(1);
      expect(stderr.split('\n').slice(0, 5)).toEqual([
        `4 problems in ${label}/:`,
        `${label}/relationships.json:14:5  /relationships/1/sources  missing required field "sources": add it with a list in square brackets [ … ] like ["nbc-2022-12"]`,
        `${label}/relationships.json:17:13  /relationships/1/to  unknown entity "intell" — did you mean "intel"?`,
        `${label}/relationships.json:21:17  /relationships/1/status  "confrimed" is not a status; use one of confirmed, claimed, single-source or denied — did you mean "confirmed"?`,
        `${label}/relationships.json:22:7  /relationships/1/soruces  unknown key "soruces" — did you mean "sources"?`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
