// A CPU profile of a reader's scroll from one step to another (steps.ts), for finding what the step
// changes' script is spent on: the functions that took the most time (in total, and themselves), named
// through the build's source maps (build with BUILD_SOURCEMAP=1 npx tsx scripts/build.ts), and with TREE
// set, the call tree from the frames matching it, the libraries' own frames folded away.
//   npx tsx scripts/bench/stepProfile.ts http://127.0.0.1:4173 intel-processors pressure-builds [out.json]
//   TREE='^\(root\)' TREE_MIN=3 npx tsx scripts/bench/stepProfile.ts … → the whole call tree, over 3 ms
// PROFILE_IN=saved.json reads a profile saved before instead of making one (the server must still serve
// that build, for its source maps).
import { readFileSync, writeFileSync } from 'node:fs';
import { atFirstStep, readStep, stepsBetween } from './steps';

const [origin, first, last, out] = process.argv.slice(2);
const steps = stepsBetween(first, last);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

let profile: Profile;
if (process.env.PROFILE_IN) profile = JSON.parse(readFileSync(process.env.PROFILE_IN, 'utf8')) as Profile;
else {
  profile = await atFirstStep(origin, steps, async (page, cdp) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (const id of steps.slice(1)) await readStep(page, id);
    return ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
  });
  if (out) writeFileSync(out, JSON.stringify(profile));
}

// Source maps, fetched beside each script, to name minified functions.
const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
// The build puts a compile hint (scripts/compileHints.ts) on a line of its own before the code its map
// was made for.
const maps = new Map<string, { map: InstanceType<typeof TraceMap>; skip: number } | null>();
async function mapFor(url: string) {
  if (!maps.has(url)) {
    maps.set(url, null);
    if (url.startsWith('http')) {
      const [code, res] = await Promise.all([
        fetch(url)
          .then((r) => r.text())
          .catch(() => ''),
        fetch(url + '.map').catch(() => null),
      ]);
      const skip = code.startsWith('//# allFunctionsCalledOnLoad\n') ? 1 : 0;
      if (res?.ok) maps.set(url, { map: new TraceMap(await res.text()), skip });
    }
  }
  return maps.get(url);
}
const nameOf = new Map<number, string>();
for (const n of profile.nodes) {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  const mapped = await mapFor(url);
  let name = functionName || '(anonymous)';
  let where = url.split('/').pop() ?? '';
  if (mapped && lineNumber >= mapped.skip) {
    const line = lineNumber - mapped.skip + 1;
    const o = originalPositionFor(mapped.map, { line, column: columnNumber });
    if (o.source) {
      // Minified names say nothing: the original name is the one at the position, when the map has it.
      if (o.name) name = o.name;
      where = `${o.source.replace(/^.*\/src\//, 'src/')}:${o.line}`;
    }
  }
  nameOf.set(n.id, where ? `${name} (${where})` : name);
}

// Self time per node (a sample lasts until the next), then totals per name (once per stack).
const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++)
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfByName = new Map<string, number>();
const totalByName = new Map<string, number>();
function walk(id: number, above: Set<string>): number {
  const n = byId.get(id)!;
  const name = nameOf.get(id)!;
  const s = self.get(id) ?? 0;
  selfByName.set(name, (selfByName.get(name) ?? 0) + s);
  let sum = s;
  const here = new Set(above);
  here.add(name);
  for (const c of n.children ?? []) sum += walk(c, here);
  if (!above.has(name)) totalByName.set(name, (totalByName.get(name) ?? 0) + sum);
  return sum;
}
const root = profile.nodes[0];
for (const c of root.children ?? []) walk(c, new Set());
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .filter(([n]) => !/^\((root|program|idle|garbage collector)\)/.test(n))
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([n, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${n}`)
    .join('\n');
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self]
  .filter(([id]) => /\((idle|program)\)/.test(nameOf.get(id)!))
  .reduce((a, [, v]) => a + v, 0);
console.log(`${steps.length - 1} step changes (${steps.join(' → ')})`);
console.log(
  `profiled ${total.toFixed(0)} ms, busy (not idle/program) ${(total - idle).toFixed(0)} ms, per step ${((total - idle) / (steps.length - 1)).toFixed(1)} ms`,
);
console.log('\nTotal (inclusive):\n' + top(totalByName, 45));
console.log('\nSelf:\n' + top(selfByName, 30));

// The call tree from the frames whose name matches TREE, the libraries' own frames (Svelte's, playwright's,
// anonymous ones) folded into their callers: where a step's redraw goes.
if (process.env.TREE) {
  const pattern = new RegExp(process.env.TREE);
  const lib = /\(src\/internal\/|\(\.\.\/|node_modules|\(anonymous\)$/;
  const inclusive = new Map<number, number>();
  const inc = (id: number): number => {
    const n = byId.get(id)!;
    const t = (self.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + inc(c), 0);
    inclusive.set(id, t);
    return t;
  };
  inc(root.id);
  // Children merged by name, through folded frames.
  const kids = (ids: number[]): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    for (const id of ids)
      for (const c of byId.get(id)!.children ?? []) {
        const name = nameOf.get(c)!;
        if (lib.test(name) && !pattern.test(name)) {
          for (const [k, v] of kids([c])) out.set(k, [...(out.get(k) ?? []), ...v]);
          const s = self.get(c) ?? 0;
          if (s) out.set('(library self)', [...(out.get('(library self)') ?? []), c]);
        } else out.set(name, [...(out.get(name) ?? []), c]);
      }
    return out;
  };
  const print = (name: string, ids: number[], depth: number) => {
    const t =
      name === '(library self)'
        ? ids.reduce((a, i) => a + (self.get(i) ?? 0), 0)
        : ids.reduce((a, i) => a + inclusive.get(i)!, 0);
    if (t < Number(process.env.TREE_MIN ?? 3)) return;
    console.log(`${'  '.repeat(depth)}${t.toFixed(1)} ms  ${name}`);
    if (depth > 14 || name === '(library self)') return;
    for (const [k, v] of [...kids(ids)].sort((a, b) => b[1].length - a[1].length)) print(k, v, depth + 1);
  };
  const starts = profile.nodes.filter(
    (n) =>
      pattern.test(nameOf.get(n.id)!) &&
      ![...byId.values()].some((p) => p.children?.includes(n.id) && pattern.test(nameOf.get(p.id)!)),
  );
  const groups = new Map<string, number[]>();
  for (const n of starts) groups.set(nameOf.get(n.id)!, [...(groups.get(nameOf.get(n.id)!) ?? []), n.id]);
  console.log('\nTree:');
  for (const [k, v] of groups) print(k, v, 0);
}
