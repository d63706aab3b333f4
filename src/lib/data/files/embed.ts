// The story and sources as embeds ship them: trimmed by the data plugin to what a chart draws
// (src/lib/data/embedData.ts). Checked like every data file before Vite hands them over.
import storyJson from '$data/story.json?embed';
import sourcesJson from '$data/sources.json?embed';
import type { Source, Story } from '../schema';
export const story = storyJson as Story;
export const sources = (sourcesJson as { sources: Source[] }).sources;
