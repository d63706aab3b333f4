// Makes `virtual:embed-chart` (imported by the one embed entry, src/embed/index.ts) the embed module of one
// chart: src/lib/charts/<kind>/embed.ts. The build of each embed names its chart (scripts/build.ts); the dev
// server serves every embed from one template, whose script asks for its chart as ?chart=<kind>
// (scripts/devPrerender.ts). Resolved before bundling, so an embed's script holds its own chart only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const embedModule = (root: string, chart: string) => join(root, 'src/lib/charts', chart, 'embed.ts');

/** `chart`: the chart of this build; in the dev server, absent (read from the importer's ?chart=). */
export function embedEntry(root: string, chart?: string): Plugin {
  return {
    name: 'tiandy-embed-entry',
    apply: chart ? 'build' : 'serve',
    resolveId(id, importer) {
      if (id !== 'virtual:embed-chart') return;
      const kind = chart ?? new URLSearchParams(importer?.split('?')[1] ?? '').get('chart');
      if (!kind) return this.error(`${importer} imports virtual:embed-chart without saying which chart`);
      const file = embedModule(root, kind);
      if (!existsSync(file))
        return this.error(
          `${file} is missing: every chart registered in src/lib/charts/registry.ts needs an embed.ts ` +
            `(see src/lib/charts/map/embed.ts)`,
        );
      return file;
    },
  };
}
