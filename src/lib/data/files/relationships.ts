import json from '$data/relationships.json';
import type { Relationship } from '../schema';
export const relationships = json.relationships as Relationship[];
