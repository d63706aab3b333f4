// The one door to data/*.json (through files/, one module per data file). The Vite plugin in
// vite.config.ts has already checked these files when they were imported (build, dev server, tests), so
// the browser gets plain JSON and no validator; the casts in files/ rest on that check. Pages that need
// only some files (an embed) import them from files/ directly, so they ship only those.
import type { Dataset } from './schema';
import { sources } from './files/sources';
import { entities } from './files/entities';
import { relationships } from './files/relationships';
import { claims, countries } from './files/footprint';
import { events } from './files/events';
import { measures } from './files/measures';
import { story } from './files/story';

export { sources, entities, relationships, claims, countries, events, measures, story };
export const dataset: Dataset = {
  sources,
  entities,
  relationships,
  claims,
  countries,
  events,
  measures,
  story,
};
