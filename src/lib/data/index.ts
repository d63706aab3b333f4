// The only module that imports data/*.json. The Vite plugin in vite.config.ts has already checked these
// files when they were imported (build, dev server, tests), so the browser gets plain JSON and no
// validator; the casts below rest on that check.
import sourcesJson from '$data/sources.json';
import entitiesJson from '$data/entities.json';
import relationshipsJson from '$data/relationships.json';
import footprintJson from '$data/footprint.json';
import eventsJson from '$data/events.json';
import storyJson from '$data/story.json';
import type { Dataset, Entity, Event, Relationship, Source, Story, Country, CountClaim } from './schema';

export const dataset: Dataset = {
  sources: sourcesJson.sources as Source[],
  entities: entitiesJson.entities as Entity[],
  relationships: relationshipsJson.relationships as Relationship[],
  claims: footprintJson.claims as CountClaim[],
  countries: footprintJson.countries as Country[],
  events: eventsJson.events as Event[],
  story: storyJson as Story,
};
