// Builds compared in turn (A, B, A, B…), as docs/performance.md asks of every performance change: each
// build's site served from its own folder, then a Lighthouse run and a reader's 4×-CPU scroll of each, round
// after round, so the machine's load falls on every build alike. Prints each round's figures as it goes.
//   npx tsx scripts/bench/inTurn.ts 3 A=../before/dist B=dist     (ROUNDS name=folder …)
//   SCROLLS=2 LIGHTHOUSE=1: scrolls and Lighthouse runs per build per round (LIGHTHOUSE=0 for none)
import { preview } from 'vite';
import { ensureChromium } from '../chromium';
import { runLighthouse } from './lighthouse';
import { runScrolls } from './scroll';

const [rounds, ...builds] = process.argv.slice(2);
if (!Number(rounds) || !builds.length || builds.some((b) => !b.includes('=')))
  throw new Error('usage: npx tsx scripts/bench/inTurn.ts ROUNDS name=folder [name=folder …]');
const scrolls = Number(process.env.SCROLLS ?? 2);
const lighthouseRuns = Number(process.env.LIGHTHOUSE ?? 1);
const chromePath = ensureChromium();

interface Figures {
  longFrames: number[];
  longestMs: number[];
  scriptMs: number[];
  performance: number[];
  tbtMs: number[];
}
const figures = new Map<string, Figures>();

for (let round = 1; round <= Number(rounds); round++)
  for (const build of builds) {
    const [name, outDir] = build.split(/=(.*)/);
    const server = await preview({
      configFile: false,
      logLevel: 'silent',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const origin = `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}`;
    const f = figures.get(name) ?? {
      longFrames: [],
      longestMs: [],
      scriptMs: [],
      performance: [],
      tbtMs: [],
    };
    figures.set(name, f);
    try {
      if (lighthouseRuns)
        for (const run of (await runLighthouse(origin + '/', chromePath, lighthouseRuns)).runs) {
          f.performance.push(run.performance);
          f.tbtMs.push(run.tbtMs);
        }
      for (const run of (await runScrolls(origin, chromePath, scrolls)).runs) {
        f.longFrames.push(run.longFramesDuringScroll);
        f.longestMs.push(run.longestFrameMs);
        f.scriptMs.push(run.scriptMsDuringScroll);
      }
    } finally {
      await server.close();
    }
    const list = (xs: number[]) => xs.join(', ');
    console.log(
      `round ${round}, ${name}: long frames ${list(f.longFrames)} | longest ${list(f.longestMs)} ms | ` +
        `script ${list(f.scriptMs)} ms | Lighthouse ${list(f.performance)} | TBT ${list(f.tbtMs)} ms`,
    );
  }
