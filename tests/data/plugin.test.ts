// The build refuses broken data: the Vite plugin's buildStart throws before anything is written.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { dataCheck } from '../../src/lib/data/dataPlugin';
import { replaceNth, validDir } from './helpers';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function dataDir(edit?: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'tiandy-data-'));
  dirs.push(dir);
  cpSync(validDir, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

const breakRelationship = (dir: string) => {
  const file = join(dir, 'relationships.json');
  writeFileSync(file, replaceNth(readFileSync(file, 'utf8'), '"from": "heathrow"', '"from": "heathrw"'));
};

/** Runs the plugin's configResolved and buildStart hooks the way Vite would, for `command`. */
function start(
  dir: string,
  command: 'build' | 'serve',
  edition: Parameters<typeof dataCheck>[1] = 'en',
  options: Parameters<typeof dataCheck>[2] = {},
) {
  const plugin = dataCheck(dir, edition, options);
  const warnings: string[] = [];
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    warn(message: string) {
      warnings.push(message);
    },
    addWatchFile() {},
  };
  const hook = <T>(h: unknown) => (typeof h === 'function' ? h : (h as { handler: T }).handler) as T;
  hook<(c: ResolvedConfig) => void>(plugin.configResolved)({ command } as ResolvedConfig);
  const run = () => hook<(this: typeof context) => void>(plugin.buildStart).call(context);
  return { run, warnings, plugin, context, hook };
}

describe('dataCheck (Vite plugin)', () => {
  it('lets a build with valid data start', () => {
    expect(() => start(dataDir(), 'build').run()).not.toThrow();
  });

  it('stops a build with broken data, naming file, line and column', () => {
    const { run } = start(dataDir(breakRelationship), 'build');
    expect(run).toThrow(
      /relationships\.json:\d+:\d+ {2}\/relationships\/3\/from {2}unknown entity "heathrw"/,
    );
  });

  it('stops a build when a data file is missing', () => {
    const { run } = start(
      dataDir((d) => rmSync(join(d, 'story.json'))),
      'build',
    );
    expect(run).toThrow(/story\.json:1:1 {2}\/ {2}the file is missing/);
  });

  it('lets the dev server start with broken data, and warns', () => {
    const { run, warnings } = start(dataDir(breakRelationship), 'serve');
    expect(run).not.toThrow();
    expect(warnings.join('\n')).toMatch(/unknown entity "heathrw"/);
  });

  it('refuses to hand a broken data file to Vite (dev overlay, failed import)', () => {
    const dir = dataDir(breakRelationship);
    const { plugin, context, hook } = start(dir, 'serve');
    const transform = hook<(this: typeof context, code: string, id: string) => unknown>(plugin.transform);
    expect(() => transform.call(context, '{}', join(dir, 'entities.json'))).toThrow(
      /unknown entity "heathrw"/,
    );
    expect(transform.call(context, '{}', join(dir, 'schema', 'entities.schema.json'))).toBeNull();
  });
});

describe('dataCheck for a translated edition', () => {
  /** The fixture data with a Persian translation of one entity's name, and nothing else. */
  const translated = () =>
    dataDir((dir) => {
      const name = JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')).entities[0];
      mkdirSync(join(dir, 'translations'));
      writeFileSync(
        join(dir, 'translations', 'fa.json'),
        JSON.stringify({
          edition: 'fa',
          translatedFrom: '2026-12-07',
          status: 'آزمایشی',
          glossary: [],
          entries: [{ key: `entities/${name.id}/name`, en: name.name, text: 'نامی فارسی' }],
        }),
      );
    });

  it("hands over every data file in the edition's words, and warns of the texts left in English", () => {
    const dir = translated();
    const { run, warnings, plugin, context, hook } = start(dir, 'build', 'fa');
    run();
    expect(warnings.join('\n')).toMatch(/text\(s\) of the fa edition stay in English/);
    const transform = hook<(this: typeof context, code: string, id: string) => { code: string } | null>(
      plugin.transform,
    );
    const entities = JSON.parse(transform.call(context, '{}', join(dir, 'entities.json'))!.code);
    expect(entities.entities[0].name).toBe('نامی فارسی');
  });

  it('refuses to build for publishing with a text left in English, naming its key', () => {
    const { run } = start(translated(), 'build', 'fa', { publishing: true });
    expect(run).toThrow(/cannot be published[\s\S]*"story\/headline"/);
  });
});
