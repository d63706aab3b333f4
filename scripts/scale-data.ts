// A dataset at the size the company claims, made up, for testing that the site holds at scale: 60 countries
// (eight of them island states too small for the world map's shapes), and twice today's actors, links,
// events and sources, with a story whose steps walk all three charts. Generated from a seed (d3-random's
// randomLcg), so the same seed always gives the same files; what goes in each file is made in scripts/scale/.
// Never edited, never committed:
//   npx tsx scripts/scale-data.ts [folder]     (default tests/fixtures/scale/, which git ignores)
// tests/build/scale.test.ts and `npm run bench` generate it for themselves.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './scale/random.ts';
import { scaleSources } from './scale/sources.ts';
import { scaleCountries } from './scale/countries.ts';
import { scaleEntities, scaleRelationships } from './scale/actors.ts';
import { scaleEvents } from './scale/events.ts';
import { scaleStory } from './scale/story.ts';

/** Today's record counts (data/ as this was written), doubled: what "twice today's" means here. */
export const scaleSize = { countries: 60, entities: 84, relationships: 90, events: 70, sources: 64 };

export function scaleData(seed = 0.2024): Record<string, unknown> {
  // One random stream for everything, drawn from in this order: reorder these and the files change.
  const r = seeded(seed);
  const { sources, ...citing } = scaleSources(r, scaleSize.sources);
  const { countries, codes } = scaleCountries(r, citing, scaleSize.countries);
  const entities = scaleEntities(r, codes, scaleSize.entities);
  const relationships = scaleRelationships(r, citing, entities, scaleSize.relationships);
  const events = scaleEvents(r, citing, entities, scaleSize.events);
  const story = scaleStory(citing, countries, relationships, events);
  const claim = {
    id: 'claim-60',
    count: 60,
    wording: 'in more than 60 countries',
    date: '2022-12',
    status: 'claimed' as const,
    sources: citing.cite(1),
  };
  return {
    'sources.json': { $schema: './schema/sources.schema.json', sources },
    'entities.json': { $schema: './schema/entities.schema.json', entities },
    'relationships.json': { $schema: './schema/relationships.schema.json', relationships },
    'footprint.json': { $schema: './schema/footprint.schema.json', claims: [claim], countries },
    'events.json': { $schema: './schema/events.schema.json', events },
    'measures.json': { $schema: './schema/measures.schema.json', measures: [] },
    'story.json': { $schema: './schema/story.schema.json', ...story },
  };
}

/** Writes the six data files of the scale dataset into `dir`; returns `dir`. */
export function writeScaleData(dir: string, seed?: number): string {
  mkdirSync(dir, { recursive: true });
  for (const [file, value] of Object.entries(scaleData(seed)))
    writeFileSync(join(dir, file), JSON.stringify(value, null, 2) + '\n');
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = writeScaleData(resolve(process.argv[2] ?? 'tests/fixtures/scale'));
  console.log(`scale data written to ${dir}`);
}
