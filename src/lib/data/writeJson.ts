// The one layout of the data files, for every tool that writes them (the CSV import): 2-space JSON as
// Prettier formats it with the project's settings, which is how the files look today. Editors' own
// layout is never checked (.prettierignore); this only keeps the tools' output stable and diffs small.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Node's own resolution: under vitest, an import of 'prettier' would get its browser build.
const prettier = createRequire(import.meta.url)('prettier') as typeof import('prettier');
// The project's settings, wherever the data folder is (a scratch copy outside the project included).
const settingsFor = fileURLToPath(new URL('../../../data/footprint.json', import.meta.url));

export async function formatDataJson(value: unknown): Promise<string> {
  const options = (await prettier.resolveConfig(settingsFor)) ?? {};
  return prettier.format(JSON.stringify(value, null, 2), { ...options, filepath: settingsFor });
}
