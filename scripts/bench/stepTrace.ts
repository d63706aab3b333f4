// What each step change's frame cost, from a Chromium trace of a reader's scroll from one step to another
// (steps.ts): for each step, the largest animation-frame callback after it was reached (the chart following
// the step: its new scene, Svelte's update of the SVG and the slide's measurement), in wall time and in
// thread (CPU) time, which other work on the machine moves less (runs still differ by 10–20%: compare
// builds run in turn, several times each), and the style and layout that script forced inside it.
//   npx tsx scripts/bench/stepTrace.ts http://127.0.0.1:4173 intel-processors pressure-builds
// DETAIL=1 adds what each of those callbacks spent its time on, by trace event.
import { atFirstStep, readStep, stepsBetween } from './steps';

const [origin, first, last] = process.argv.slice(2);
const steps = stepsBetween(first, last);

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const buffer = await atFirstStep(origin, steps, async (page, _cdp, browser) => {
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'toplevel',
    ],
  });
  for (const id of steps.slice(1)) await readStep(page, id);
  return browser.stopTracing();
});

const events = (JSON.parse(buffer.toString()) as { traceEvents: Ev[] }).traceEvents;
// The page's main thread: the renderer's main thread that ran script.
const main = events.find(
  (e) =>
    e.name === 'thread_name' &&
    e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
)!;
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const marks = events
  .filter((e) => e.pid === main.pid && e.name.startsWith('step:'))
  .map((e) => ({ ts: e.ts, id: e.name.slice(5) }))
  .sort((a, b) => a.ts - b.ts);
const within = (t: Ev, e: Ev) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0);
const ms = (us: number) => (us / 1000).toFixed(1);
const cpu = (l: Ev[]) => l.reduce((a, e) => a + (e.tdur ?? 0), 0);
const callbacks = onMain.filter((e) => e.name === 'FireAnimationFrame');

console.log(
  `${steps.length - 1} step changes, ${steps[0]} → ${steps[steps.length - 1]} (390 × 844, 4× CPU)\n`,
);
console.log('step                        frame wall  frame cpu  forced style+layout cpu');
const counted: { cpu: number; forced: number }[] = [];
for (const [i, m] of marks.entries()) {
  const end = marks[i + 1]?.ts ?? Infinity;
  const big = callbacks
    .filter((e) => e.ts >= m.ts && e.ts < end)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0];
  if (!big) continue;
  const inside = onMain.filter((e) => e !== big && within(big, e));
  const forced = cpu(inside.filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree'));
  // A step whose chart was not awake yet is drawn as its island wakes, not in a frame callback.
  const note = (big.tdur ?? 0) < 2000 ? '  (no redraw in a frame callback: not counted)' : '';
  if (!note) counted.push({ cpu: big.tdur ?? 0, forced });
  console.log(
    `${m.id.padEnd(27)} ${ms(big.dur ?? 0).padStart(10)} ${ms(big.tdur ?? 0).padStart(10)} ${ms(forced).padStart(11)}${note}`,
  );
  if (process.env.DETAIL) {
    const byName = new Map<string, number>();
    for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log('    ' + top.map(([n, d]) => `${n} ${ms(d)}`).join(', '));
  }
}
const mean = (f: (c: { cpu: number; forced: number }) => number) =>
  ms(counted.reduce((a, c) => a + f(c), 0) / Math.max(1, counted.length));
console.log(
  `\nmean over ${counted.length} step changes: frame cpu ${mean((c) => c.cpu)} ms, of it forced style+layout ${mean((c) => c.forced)} ms`,
);
