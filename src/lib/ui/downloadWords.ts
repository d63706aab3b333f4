// The downloads' names for readers, in the edition's words, by file (src/lib/data/downloads.ts lists the
// files, with their English names for the data package and the scripts).
import { m } from '$lib/paraglide/messages.js';

const byFile: Record<string, () => string> = {
  'tiandy-dataset.json': m.download_dataset,
  'countries.csv': m.download_countries,
  'entities.csv': m.download_entities,
  'relationships.csv': m.download_relationships,
  'events.csv': m.download_events,
  'measures.csv': m.download_measures,
  'sources.csv': m.download_sources,
  'datapackage.json': m.download_datapackage,
};

/** A download's name: its message, or the English of downloads.ts for a file added there since. */
export const downloadLabel = (d: { file: string; label: string }) => byFile[d.file]?.() ?? d.label;
