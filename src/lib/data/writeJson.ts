// The one layout of the data files, for every tool that writes them (the CSV import): Prettier's JSON with
// the project's settings, given the value on one line. Prettier keeps an object open over several lines
// when its input has a line break after the "{", so the input's own layout would decide: from
// JSON.stringify(v, null, 2) every citation object ({ "id": …, "restsOn": […] }) stays spread over four
// lines, while data/ has them on one. From one line, an object is spread only when it does not fit in the
// print width, which is how data/ is committed: importing an unchanged download changes no byte.
// Editors' own layout is never checked (.prettierignore); this only keeps the tools' output stable.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Node's own resolution: under vitest, an import of 'prettier' would get its browser build.
const prettier = createRequire(import.meta.url)('prettier') as typeof import('prettier');
// The project's settings, wherever the data folder is (a scratch copy outside the project included).
const settingsFor = fileURLToPath(new URL('../../../data/footprint.json', import.meta.url));

export async function formatDataJson(value: unknown): Promise<string> {
  const options = (await prettier.resolveConfig(settingsFor)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, filepath: settingsFor });
}
