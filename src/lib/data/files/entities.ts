import json from '$data/entities.json';
import type { Entity } from '../schema';
export const entities = json.entities as Entity[];
