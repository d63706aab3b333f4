// Writes data/schema/<file>.schema.json from the zod schemas, so editors' editors (VS Code and others)
// complete keys and flag mistakes as they type. Run after changing src/lib/data/schema.ts:
//   npx tsx scripts/generate-schema.ts
// tests/data/schema-sync.test.ts fails when the committed files differ from what this generates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateSchemas } from '../src/lib/data/jsonSchema.ts';

export { generateSchemas };

export const schemaDir = resolve(fileURLToPath(new URL('../data/schema', import.meta.url)));

export function writeSchemas(dir = schemaDir): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(generateSchemas()).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

// Only write when run as a script, not when a test imports generateSchemas from here.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of writeSchemas()) console.log(`wrote ${file}`);
}
