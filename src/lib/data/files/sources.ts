// In the browser, each source without its notes and other links (the page holds them as HTML): the data
// plugin hands the browser build what a chart's card cites (src/lib/data/embedData.ts, forBrowser).
import json from '$data/sources.json';
import type { Source } from '../schema';
export const sources = json.sources as Source[];
