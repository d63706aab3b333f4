// The relationship diagram's layout, worked out from the data by the build, the dev server and the tests,
// so every reader (and the prerendered HTML) gets the same picture with no layout work in the browser. It
// is never committed, so an editor has nothing to regenerate: a Vite plugin serves it as the module
// "virtual:network-layout", computed from the data folder Vite reads (data/, or DATA_DIR). The solver
// takes a second or two, so results are cached under node_modules/.cache/tiandy/, keyed by a hash of the
// records the layout depends on and of the layout code itself.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { checkDataTexts, formatDataErrors, readDataDir } from '../src/lib/data/load.ts';
import { computeLayout } from '../src/lib/charts/network/compute.ts';
import type { NetworkLayout } from '../src/lib/charts/network/layout.ts';
import { nodeWidths } from '../src/lib/charts/shapedWidths.ts';
import type { Dataset, NetworkView, Story } from '../src/lib/data/schema.ts';

/** The node lists of the story's network steps: entities the layout keeps together. */
export const storyGroups = (story: Story): string[][] =>
  story.sections
    .flatMap((s) => s.steps)
    .flatMap((st) => (st.view.chart === 'network' && st.view.nodes ? [st.view.nodes] : []));

/** The story's network views: the build gives a step's own layout the room its highlighted links'
 * labels need. */
export const storyViews = (story: Story): NetworkView[] =>
  story.sections.flatMap((s) => s.steps).flatMap((st) => (st.view.chart === 'network' ? [st.view] : []));

// The project folder (tests in a jsdom environment import this module too, where import.meta.url is not a
// file address, hence the fallback).
const root = import.meta.url.startsWith('file:')
  ? fileURLToPath(new URL('..', import.meta.url))
  : process.cwd();
export const cacheDir = join(root, 'node_modules', '.cache', 'tiandy');
/** The code whose change must invalidate a cached layout: the diagram's modules and the shared ones they
 * measure and place labels with. */
const networkDir = 'src/lib/charts/network';
const codeFiles = [
  ...readdirSync(join(root, networkDir))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `${networkDir}/${f}`),
  'src/lib/charts/geometry.ts',
  'src/lib/charts/text.ts',
];

type LayoutInput = Pick<Dataset, 'entities' | 'relationships' | 'story'>;

/** The cache key: the layout's inputs and the code that lays them out. */
export function layoutKey({ entities, relationships, story }: LayoutInput): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ entities, relationships, views: storyViews(story) }));
  for (const f of codeFiles) hash.update(readFileSync(join(root, f)));
  hash.update(JSON.stringify(nodeWidths())); // the edition's label widths (scripts/editionFonts.ts)
  return hash.digest('hex').slice(0, 20);
}

/** The layout of a dataset, from the cache when the same data was laid out before. */
export function networkLayout(data: LayoutInput, { cache = true } = {}): NetworkLayout {
  const file = join(cacheDir, `network-layout-${layoutKey(data)}.json`);
  if (cache)
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as NetworkLayout;
    } catch {
      // not cached yet (or unreadable): work it out
    }
  const layout = computeLayout(
    data.entities,
    data.relationships,
    storyGroups(data.story),
    storyViews(data.story),
  );
  if (cache) {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a build running alongside never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(layout));
    renameSync(tmp, file);
  }
  return layout;
}

/** The layout of the data in `dir`; throws the data check's message when the data is not valid. */
export function networkLayoutOf(dir: string): NetworkLayout {
  const { dataset, errors } = checkDataTexts(readDataDir(dir));
  if (!dataset) throw new Error(formatDataErrors(errors));
  return networkLayout(dataset);
}

export const layoutModuleId = 'virtual:network-layout';
const resolvedId = '\0' + layoutModuleId;

/** Serves `import layout from 'virtual:network-layout'`, computed from the data in `dataDir`. */
export function networkLayoutPlugin(dataDir: string): Plugin {
  const dir = resolve(dataDir);
  const inputs = ['entities.json', 'relationships.json', 'story.json'].map((f) => join(dir, f));
  return {
    name: 'tiandy-network-layout',
    resolveId(id) {
      return id === layoutModuleId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      for (const f of inputs) this.addWatchFile(f);
      return `export default ${JSON.stringify(networkLayoutOf(dir))};`;
    },
    handleHotUpdate({ file, server }) {
      // A data edit changes the layout: drop the module so the next page load works it out again.
      if (!inputs.includes(file)) return;
      const mod = server.moduleGraph.getModuleById(resolvedId);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
