// `npm test`: every stage in turn, stopping at the first that fails (with its exit code), then a table of
// where the time went. Each stage prints as it would run alone (CI reads vitest's closing lines).
//   check       types, format, layering        npm run check
//   check:data  the data files                 npm run check:data
//   unit        Node tests                     npm run test:unit
//   build       the published site, in dist/   npm run build (without SITE_URL or BASE_PATH: the browser
//                                              tests read it at /)
//   browser     tests of dist/ in Chromium, and of the builds that are their subject   npm run test:browser
import { spawnSync } from 'node:child_process';
import { ChromiumMissing, ensureChromium } from './chromium';

const stages: [name: string, script: string][] = [
  ['check', 'check'],
  ['check:data', 'check:data'],
  ['unit', 'test:unit'],
  ['build', 'build'],
  ['browser', 'test:browser'],
];

// Before any stage: the build's pictures and the browser tests need Chromium (installed here if missing).
try {
  ensureChromium();
} catch (error) {
  if (!(error instanceof ChromiumMissing)) throw error;
  console.error(error.message);
  process.exit(1);
}

// The config-loader hint (scripts/build.ts says why it is off) for the vitest stages too.
const env: NodeJS.ProcessEnv = { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...process.env };
delete env.SITE_URL;
delete env.BASE_PATH;
const times: [string, number][] = [];
let failed: { name: string; code: number } | undefined;
for (const [name, script] of stages) {
  const start = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env });
  times.push([name, (performance.now() - start) / 1000]);
  const code = run.status ?? 1;
  if (code !== 0) {
    failed = { name, code };
    break;
  }
}

const total = times.reduce((n, [, s]) => n + s, 0);
const row = (name: string, s: number) => `  ${name.padEnd(12)}${s.toFixed(1).padStart(7)} s`;
console.log(
  ['', 'npm test, time by stage:', ...times.map(([n, s]) => row(n, s)), row('total', total)].join('\n'),
);
if (failed) {
  console.log(`\nStopped: the ${failed.name} stage failed (exit code ${failed.code}).`);
  process.exit(failed.code);
}
