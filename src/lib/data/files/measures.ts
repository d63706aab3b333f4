import json from '$data/measures.json';
import type { Measure } from '../schema';
export const measures = json.measures as Measure[];
