// The layering rule (.dependency-cruiser.cjs) for the type-only imports of .svelte files, which the main
// check cannot see: dependency-cruiser reads a component through the svelte compiler, and the compiler
// drops `import type` first. This copies src/ with each component's <script> as a TypeScript file beside
// it (X.svelte → X.svelte.ts, which `./X.svelte` resolves to), runs the same rules with TypeScript's own
// reading of imports, and reports the type-only imports of components that break them. Run in the
// project's root (npm run check), or in a test's tree that has its own config and tsconfig.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Cruise {
  modules: { source: string; dependencies: { resolved: string; dependencyTypes: string[] }[] }[];
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
}

const depcruise = resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/depcruise');
const scripts = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

/** src/ copied into `to`, each component replaced by its scripts as X.svelte.ts. */
function mirror(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(join(to, entry.name), { recursive: true });
      mirror(source, join(to, entry.name));
    } else if (entry.name.endsWith('.svelte')) {
      if (existsSync(source + '.ts')) throw new Error(`${source}.ts would stand for ${source}: rename one`);
      const text = readFileSync(source, 'utf8');
      writeFileSync(join(to, entry.name + '.ts'), [...text.matchAll(scripts)].map((m) => m[2]).join('\n'));
    } else if (/\.(ts|js|json)$/.test(entry.name)) cpSync(source, join(to, entry.name));
  }
}

/** The type-only imports in components that break a rule, as "rule: from → to" lines. */
export function svelteTypeViolations(root: string): string[] {
  const copy = join(root, 'node_modules/.cache/svelte-types');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(join(copy, 'src'), { recursive: true });
  mirror(join(root, 'src'), join(copy, 'src'));
  const isComponent = (path: string) => path.endsWith('.svelte.ts') && !existsSync(join(root, path));
  for (const file of ['tsconfig.json', '.dependency-cruiser.cjs']) cpSync(join(root, file), join(copy, file));
  let out: string;
  try {
    out = execFileSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: copy,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exits non-zero when it finds violations
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const result = JSON.parse(out) as Cruise;
  const typeOnly = (from: string, to: string) =>
    result.modules
      .find((m) => m.source === from)
      ?.dependencies.some((d) => d.resolved === to && d.dependencyTypes.includes('type-only'));
  const named = (path: string) => (isComponent(path) ? path.replace(/\.ts$/, '') : path);
  return result.summary.violations
    .filter((v) => isComponent(v.from) && typeOnly(v.from, v.to))
    .map((v) => `${v.rule.name}: ${named(v.from)} → ${named(v.to)} (import type)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = svelteTypeViolations(process.cwd());
  for (const line of problems) console.error(`  error ${line}`);
  if (problems.length) process.exit(1);
  console.log('✔ no type-only import in a component breaks the layering rule');
}
