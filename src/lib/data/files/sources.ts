import json from '$data/sources.json';
import type { Source } from '../schema';
export const sources = json.sources as Source[];
