// Governments' measures as the map embed ships them, with the sources only they cite (the shared ones are
// in files/embed.ts): trimmed by the data plugin (src/lib/data/embedData.ts).
import json from '$data/measures.json?embed';
import type { Measure, Source } from '../schema';
const data = json as { measures: Measure[]; sources: Source[] };
export const measures = data.measures;
export const measureSources = data.sources;
