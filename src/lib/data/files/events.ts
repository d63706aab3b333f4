import json from '$data/events.json';
import type { Event } from '../schema';
export const events = json.events as Event[];
