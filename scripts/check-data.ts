// npm run check:data [-- <folder>]: checks every file in data/ (or the given folder) and prints either a
// one-line summary or every problem, as `file:line:column  /json/pointer  message`. Exits 1 on problems.
import { relative, resolve } from 'node:path';
import { checkDataTexts, formatDataErrors, readDataDir } from '../src/lib/data/load.ts';
import { checkTranslations } from '../src/lib/data/translationCheck.ts';

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'data');
const rel = relative(process.cwd(), dir);
const label = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
const { dataset, errors, warnings } = checkDataTexts(readDataDir(dir), { dir: label });

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
// Warnings pass (exit 0): they are a newsroom's to-do before going live, printed where they are.
if (warnings.length) {
  console.error(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (the data passes):`);
  for (const w of warnings)
    console.error(`WARNING ${w.file}:${w.line}:${w.column}  ${w.pointer}  ${w.message}`);
}

// Each edition's translations: invalid files fail; missing, stale and off-glossary entries are a to-do,
// printed with their places (all of them with --missing; otherwise the first few missing per edition).
const listAllMissing = process.argv.includes('--missing');
let translationErrors = 0;
for (const report of checkTranslations(dir, label)) {
  if (report.errors.length) {
    translationErrors += report.errors.length;
    console.error(formatDataErrors(report.errors).replace(/ in data\/:/, ` in ${report.file}:`));
    continue;
  }
  const glossary = report.translation?.glossary ?? [];
  const unchecked = glossary.filter((g) => !g.checked).length;
  const count = (kind: string) => report.warnings.filter((w) => w.kind === kind).length;
  console.log(
    `translations ${report.edition}: ${report.current} of ${report.total} texts current, ${count('missing')} missing, ${count('stale')} stale; glossary ${glossary.length} names, ${unchecked} awaiting a native-speaking editor's check`,
  );
  const missing = report.warnings.filter((w) => w.kind === 'missing');
  const shown = [
    ...report.warnings.filter((w) => w.kind !== 'missing'),
    ...(listAllMissing ? missing : missing.slice(0, 5)),
  ];
  for (const w of shown) console.log(`WARNING ${w.file}:${w.line}:${w.column}  ${w.pointer}  ${w.message}`);
  if (!listAllMissing && missing.length > 5)
    console.log(
      `  … and ${missing.length - 5} more missing (npm run check:data -- --missing lists them all)`,
    );
}
if (translationErrors) process.exit(1);
