// npm run check:data [-- <folder>]: checks every file in data/ (or the given folder) and prints either a
// one-line summary or every problem, as `file:line:column  /json/pointer  message`. Exits 1 on problems.
import { relative, resolve } from 'node:path';
import { checkDataTexts, formatDataErrors, readDataDir } from '../src/lib/data/load.ts';

const dir = resolve(process.argv[2] ?? 'data');
const rel = relative(process.cwd(), dir);
const label = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
const { dataset, errors } = checkDataTexts(readDataDir(dir), { dir: label });

if (!dataset) {
  console.error(formatDataErrors(errors).replace(/ in data\/:/, ` in ${label}/:`));
  console.error('\nEach line: file:line:column, the place in the file (JSON pointer), what is wrong.');
  process.exit(1);
}

const steps = dataset.story.sections.reduce((n, s) => n + s.steps.length, 0);
const counts = [
  [dataset.sources.length, 'sources'],
  [dataset.entities.length, 'entities'],
  [dataset.relationships.length, 'relationships'],
  [dataset.countries.length, 'countries'],
  [dataset.events.length, 'events'],
  [dataset.measures.length, 'measures'],
  [dataset.story.sections.length, 'sections'],
  [steps, 'steps'],
] as const;
console.log(`data OK: ${counts.map(([n, what]) => `${n} ${what}`).join(', ')}`);
