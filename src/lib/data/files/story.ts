import json from '$data/story.json';
import type { Story } from '../schema';
export const story = json as Story;
