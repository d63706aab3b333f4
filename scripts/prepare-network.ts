// Lays out the relationship diagram once, at build time, so every reader (and the prerendered HTML)
// gets the same picture with no layout work in the browser. Run after changing entities or
// relationships:  npx tsx scripts/prepare-network.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDataDir } from '../src/lib/data/load';
import { computeLayout } from '../src/lib/charts/network/compute';
import type { NetworkLayout } from '../src/lib/charts/network/layout';
import type { Story } from '../src/lib/data/schema';

/** The node lists of the story's network steps: entities the layout keeps together. */
export const storyGroups = (story: Story): string[][] =>
  story.sections
    .flatMap((s) => s.steps)
    .flatMap((st) => (st.view.chart === 'network' && st.view.nodes ? [st.view.nodes] : []));

export const layoutFile = fileURLToPath(new URL('../src/lib/charts/network/layout.json', import.meta.url));

/** The layout JSON exactly as it is committed (2-space JSON, trailing newline). */
export const serializeLayout = (layout: NetworkLayout) => JSON.stringify(layout, null, 2) + '\n';

/** Computes the layout from data/ and, unless `write` is false, writes layout.json. */
export function prepareNetwork({
  dataDir = 'data',
  write = true,
  quiet = false,
}: { dataDir?: string; write?: boolean; quiet?: boolean } = {}): NetworkLayout {
  const { entities, relationships, story } = loadDataDir(dataDir);
  const layout = computeLayout(entities, relationships, storyGroups(story));
  if (write) writeFileSync(layoutFile, serializeLayout(layout));
  if (write && !quiet) {
    const n = Object.keys(layout.wide.nodes).length;
    console.log(`network layout: ${n} nodes → ${layoutFile.replace(process.cwd() + '/', '')}`);
  }
  return layout;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  prepareNetwork({ dataDir: process.argv[2] ?? 'data' });
}
