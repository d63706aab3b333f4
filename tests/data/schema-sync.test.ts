// The JSON Schemas in data/schema/ are generated from src/lib/data/schema.ts; this fails when someone
// changed the zod schemas without running `npx tsx scripts/generate-schema.ts` (or edited a schema by hand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas, schemaDir } from '../../scripts/generate-schema';
import { dataFileNames } from '../../src/lib/data/load';
import { realDir } from './helpers';

const generated = generateSchemas();

describe('data/schema/', () => {
  it('holds exactly one schema per data file', () => {
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(generated).sort());
  });

  it.each(Object.keys(generated))('%s matches the zod schema (run scripts/generate-schema.ts)', (name) => {
    expect(readFileSync(join(schemaDir, name), 'utf8')).toBe(generated[name]);
  });

  it('is what each data file names in "$schema"', () => {
    for (const file of dataFileNames) {
      const text = (() => {
        try {
          return readFileSync(join(realDir, file), 'utf8');
        } catch {
          return undefined; // a missing file is reported by real-data.test.ts
        }
      })();
      if (text === undefined) continue;
      expect(JSON.parse(text).$schema, file).toBe(`./schema/${file.replace('.json', '.schema.json')}`);
    }
  });
});
