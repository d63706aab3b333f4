// The build at scale: today's data and the scale fixture (scripts/scale-data.ts), each built once with its
// diagram layout worked out afresh (cold) and `runs` times with it cached (warm), in turn (A, B, A, B…) so
// the neighbours' load falls on both alike; with the time to lay out the diagram alone and what each build
// wrote.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../build';
import { loadDataDir } from '../../src/lib/data/load';
import { cacheDir, layoutKey, networkLayout } from '../prepare-network';
import { writeScaleData } from '../scale-data';
import { bytesBuilt, type BuildBytes } from './bytes';
import { round } from './stats';

export interface BuildFigures {
  name: string;
  dataDir: string;
  records: Record<string, number> & { total: number };
  /** Seconds: the first build of this data (the diagram's layout worked out), then each cached one. */
  coldS: number;
  warmS: number[];
  /** Seconds to lay out the diagram alone, uncached. */
  layoutS: number;
  bytes: BuildBytes;
}

const seconds = async (run: () => Promise<unknown>) => {
  const t = performance.now();
  await run();
  return round((performance.now() - t) / 1000, 1);
};

/** Builds today's data and the scale fixture, in turn, and measures each build and what it wrote. */
export async function runBuilds(runs: number): Promise<BuildFigures[]> {
  const scaleDir = writeScaleData(join('.build-tmp', 'bench-scale-data'));
  const sets = [
    { name: "today's data", dataDir: 'data', outDir: join('.build-tmp', 'bench-today') },
    { name: 'scale fixture', dataDir: scaleDir, outDir: join('.build-tmp', 'bench-scale') },
  ];
  const figures: BuildFigures[] = [];
  for (const set of sets) {
    const d = loadDataDir(set.dataDir);
    const counts = {
      countries: d.countries.length,
      entities: d.entities.length,
      relationships: d.relationships.length,
      events: d.events.length,
      sources: d.sources.length,
    };
    const layoutS = await seconds(async () => networkLayout(d, { cache: false }));
    rmSync(join(cacheDir, `network-layout-${layoutKey(d)}.json`), { force: true });
    console.log(`  ${set.name}: cold build …`);
    const coldS = await seconds(() => buildSite({ outDir: set.outDir, dataDir: set.dataDir, quiet: true }));
    figures.push({
      name: set.name,
      dataDir: set.dataDir,
      records: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) },
      coldS,
      warmS: [],
      layoutS,
      bytes: undefined as unknown as BuildFigures['bytes'],
    });
  }
  for (let i = 0; i < runs; i++)
    for (const [k, set] of sets.entries()) {
      console.log(`  ${set.name}: warm build ${i + 1}/${runs} …`);
      figures[k].warmS.push(
        await seconds(() => buildSite({ outDir: set.outDir, dataDir: set.dataDir, quiet: true })),
      );
    }
  for (const [k, set] of sets.entries()) {
    figures[k].bytes = bytesBuilt(set.outDir);
    rmSync(set.outDir, { recursive: true, force: true });
  }
  rmSync(scaleDir, { recursive: true, force: true });
  return figures;
}
