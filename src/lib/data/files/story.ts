// In the browser this is the story without its prose (the page holds it as HTML): the data plugin hands
// the browser build what the charts read (src/lib/data/embedData.ts, forBrowser).
import json from '$data/story.json';
import type { Story } from '../schema';
export const story = json as Story;
