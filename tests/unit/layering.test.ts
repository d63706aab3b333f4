// The layering rule of .dependency-cruiser.cjs (run by `npm run check`), tried on a small tree of its
// own: each forbidden import is refused by name, and the allowed directions pass. Most chart imports
// sit in .svelte files, which depcruise reads through the svelte compiler, and whose type-only imports
// (dropped by that compiler) scripts/check-svelte-types.ts checks: the tree has one of each.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svelteTypeViolations } from '../../scripts/check-svelte-types';

const project = resolve(__dirname, '../..');
const tree: Record<string, string> = {
  'src/lib/data/model.ts': 'export const model = 1;\nexport type Model = number;\n',
  'src/lib/geo/projection.ts': 'export const projection = 1;\n',
  'src/lib/ui/words.ts': "import { model } from '$lib/data/model';\nexport const words = model;\n",
  'src/lib/charts/Chart.ts':
    "import { model } from '$lib/data/model';\nimport { words } from '$lib/ui/words';\nimport { projection } from '$lib/geo/projection';\nexport const chart = model + words + projection;\n",
  'src/lib/charts/Nosy.ts': "import { story } from '$lib/story/story';\nexport const nosy = story;\n",
  'src/lib/charts/Nosy.svelte':
    "<script lang=\"ts\">\n  import { story } from '$lib/story/story';\n  import Step from '../story/Step.svelte';\n  let { n }: { n: number } = $props();\n</script>\n\n<Step />\n<p>{story + n}</p>\n",
  'src/lib/charts/Drawn.svelte':
    "<script lang=\"ts\">\n  import { model } from '$lib/data/model';\n  import Label from './Label.svelte';\n</script>\n\n<Label />\n<p>{model}</p>\n",
  'src/lib/charts/Label.svelte': '<text>label</text>\n',
  'src/lib/charts/Typed.svelte':
    "<script lang=\"ts\">\n  import type { Story } from '$lib/story/story';\n  import type { Model } from '$lib/data/model';\n  let { s, m }: { s: Story; m: Model } = $props();\n</script>\n\n<p>{s}{m}</p>\n",
  'src/lib/story/story.ts':
    "import { chart } from '$lib/charts/Chart';\nexport const story = chart;\nexport type Story = number;\n",
  'src/lib/story/Step.svelte':
    '<script lang="ts">\n  import Drawn from \'$lib/charts/Drawn.svelte\';\n</script>\n\n<Drawn />\n',
  'src/lib/embed/embed.ts': "import { story } from '../story/story';\nexport const embed = story;\n",
  'src/lib/data/drawn.ts': "import { chart } from '../charts/Chart';\nexport const drawn = chart;\n",
  'src/lib/geo/leaky.ts': "import { model } from '../data/model';\nexport const leaky = model;\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: { baseUrl: '.', paths: { '$lib/*': ['./src/lib/*'] } },
  }),
};

let dir: string;
let violations: { rule: string; from: string; to: string }[];
let typeViolations: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layering-'));
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  copyFileSync(join(project, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  let out: string;
  try {
    out = execFileSync(
      join(project, 'node_modules/.bin/depcruise'),
      ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
      { cwd: dir, encoding: 'utf8' },
    );
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exits non-zero when it finds violations
  }
  violations = JSON.parse(out).summary.violations.map(
    (v: { rule: { name: string }; from: string; to: string }) => ({
      rule: v.rule.name,
      from: v.from,
      to: v.to,
    }),
  );
  typeViolations = svelteTypeViolations(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the layering rule (data ← charts ← story)', () => {
  it('refuses a chart importing story code', () => {
    expect(violations).toContainEqual({
      rule: 'charts-never-know-where-they-are-shown',
      from: 'src/lib/charts/Nosy.ts',
      to: 'src/lib/story/story.ts',
    });
  });
  it('refuses a .svelte chart importing story code, in its script and as a component', () => {
    expect(violations).toContainEqual({
      rule: 'charts-never-know-where-they-are-shown',
      from: 'src/lib/charts/Nosy.svelte',
      to: 'src/lib/story/story.ts',
    });
    expect(violations).toContainEqual({
      rule: 'charts-never-know-where-they-are-shown',
      from: 'src/lib/charts/Nosy.svelte',
      to: 'src/lib/story/Step.svelte',
    });
  });
  it('refuses a .svelte chart importing a type from story code, and lets it import one from data', () => {
    expect(typeViolations).toEqual([
      'charts-never-know-where-they-are-shown: src/lib/charts/Typed.svelte → src/lib/story/story.ts (import type)',
    ]);
  });
  it('refuses an embed importing story code', () => {
    expect(violations).toContainEqual({
      rule: 'embeds-never-import-story',
      from: 'src/lib/embed/embed.ts',
      to: 'src/lib/story/story.ts',
    });
  });
  it('refuses the model importing a chart, and the geography leaf importing anything of ours', () => {
    expect(violations).toContainEqual({
      rule: 'data-knows-no-chart',
      from: 'src/lib/data/drawn.ts',
      to: 'src/lib/charts/Chart.ts',
    });
    expect(violations).toContainEqual({
      rule: 'geo-is-a-leaf',
      from: 'src/lib/geo/leaky.ts',
      to: 'src/lib/data/model.ts',
    });
  });
  it('lets imports run the allowed way: story → charts → ui, data, geo', () => {
    const allowed = [
      'src/lib/charts/Chart.ts',
      'src/lib/charts/Drawn.svelte',
      'src/lib/story/story.ts',
      'src/lib/story/Step.svelte',
      'src/lib/ui/words.ts',
    ];
    expect(violations.filter((v) => allowed.includes(v.from))).toEqual([]);
  });
});
