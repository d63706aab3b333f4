// `npm test`: every stage, then a table of where the time went. The four stages that need no built site run
// side by side (on two cores they overlap: a stage waiting on its files or its workers leaves the other core
// to the next), each printing its output whole when it ends, in the order below; the browser stage runs
// once they have all passed, since it tests the build. The first stage to fail stops the rest, and npm test
// exits with its code. (CI reads vitest's closing lines.)
//   check       types, format, layering        npm run check
//   check:data  the data files                 npm run check:data
//   unit        Node tests                     npm run test:unit
//   build       the published site, in dist/   npm run build (without SITE_URL or BASE_PATH: the browser
//                                              tests read it at /)
//   browser     tests of dist/ in Chromium, and of the builds that are their subject   npm run test:browser
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { ChromiumMissing, ensureChromium } from './chromium';

const together = ['check', 'check:data', 'unit', 'build'];
const scripts: Record<string, string> = {
  check: 'check',
  'check:data': 'check:data',
  unit: 'test:unit',
  build: 'build',
  browser: 'test:browser',
};

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
// Each stage that runs side by side keeps its colours though its output goes to a pipe.
const colour: NodeJS.ProcessEnv = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

// The interface strings, compiled once before the stages that read them start together (check and build
// would otherwise both write src/lib/paraglide at once; after this they find it current and write nothing).
const compiled = spawnSync('npx', ['tsx', 'scripts/messages.ts'], { stdio: 'inherit', env });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const times: [string, number][] = [];
let failed: { name: string; code: number } | undefined;

// The stages side by side. Output is kept until the stage ends, so each reads as if it had run alone.
interface Result {
  name: string;
  code: number;
  output: Buffer;
  seconds: number;
  /** Stopped by us when another stage failed first. */
  stopped: boolean;
}
const running = new Map<string, ChildProcess>();
const stopping = new Set<string>();
const stopOthers = () => {
  for (const [name, child] of running) {
    stopping.add(name);
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the stage and every process it started
    } catch {
      // already gone
    }
  }
};
const groupStart = performance.now();
const results = together.map(
  (name) =>
    new Promise<Result>((done) => {
      const start = performance.now();
      const child = spawn('npm', ['run', '--silent', scripts[name]], {
        env: { ...env, ...colour },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      running.set(name, child);
      const chunks: Buffer[] = [];
      child.stdout!.on('data', (c: Buffer) => chunks.push(c));
      child.stderr!.on('data', (c: Buffer) => chunks.push(c));
      child.on('close', (code, signal) => {
        running.delete(name);
        const stopped = stopping.has(name);
        const result = {
          name,
          code: code ?? (signal ? 1 : 0),
          output: Buffer.concat(chunks),
          seconds: (performance.now() - start) / 1000,
          stopped,
        };
        // The first to fail stops the others: their results would not be read.
        if (result.code !== 0 && !stopped && !failed) {
          failed = { name, code: result.code };
          stopOthers();
        }
        done(result);
      });
    }),
);
// In the order listed, each once it has ended.
for (const result of results) {
  const r = await result;
  if (r.stopped) {
    console.log(`(${r.name}: stopped, since ${failed?.name} failed)`);
    continue;
  }
  process.stdout.write(r.output);
  times.push([r.name, r.seconds]);
}
const groupSeconds = (performance.now() - groupStart) / 1000;

if (!failed) {
  const start = performance.now();
  const run = spawnSync('npm', ['run', '--silent', scripts.browser], { stdio: 'inherit', env });
  times.push(['browser', (performance.now() - start) / 1000]);
  if (run.status !== 0) failed = { name: 'browser', code: run.status ?? 1 };
}

const total = groupSeconds + (times.find(([n]) => n === 'browser')?.[1] ?? 0);
const row = (name: string, s: number) => `  ${name.padEnd(14)}${s.toFixed(1).padStart(7)} s`;
console.log(
  [
    '',
    'npm test, time by stage (the first four side by side):',
    ...times.map(([n, s]) => row(n, s)),
    row('first four', groupSeconds),
    row('total', total),
  ].join('\n'),
);
if (failed) {
  console.log(`\nStopped: the ${failed.name} stage failed (exit code ${failed.code}).`);
  process.exit(failed.code);
}
