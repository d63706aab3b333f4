// One zod schema per data file. Types come from z.infer, and the JSON Schemas in data/schema/ are
// generated from these (scripts/generate-schema.ts), so keep them free of transforms.
import { z } from 'zod';

export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase id with dashes, like "intel" or "nbc-2022-12"');

/** A date as precise as the evidence: "2018", "2022-12" or "2022-12-15". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written "2022", "2022-12" or "2022-12-15"');

export const status = z.enum(['confirmed', 'claimed', 'single-source', 'denied']);
export type Status = z.infer<typeof status>;

/**
 * One cited source: its id, or its id with what its support rests on for this record, when that differs
 * from the source's own `restsOn` (NBC relays IPVM on one fact and quotes US officials on another).
 */
export const citation = z.union([
  id,
  z.strictObject({
    id,
    /** For this record, the source's support rests on these sources (ids from sources.json). */
    restsOn: z.array(id).min(1, 'name at least one source id, or cite the plain id instead'),
  }),
]);
export type Citation = z.infer<typeof citation>;

export const sourceIds = z
  .array(citation)
  .min(1, 'every fact needs at least one source id from sources.json, like ["nbc-2022-12"]');

/** Text in the story's tiny markup: *emphasis*, **strong**, [label](https://…), [source-id] citations. */
export const markup = z.string().min(1, 'text cannot be empty');

const url = z.url({ protocol: /^https?$/, error: 'a full web address starting with https://' });
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 3166-1 alpha-3 code like "IRN"');
const schemaRef = z.string().optional();

// ---- sources.json
/**
 * What a source is, for counting independent roots: the subject's own material ("company"), a named
 * counterparty's own statement, a government's record of its own act, what officials say about others,
 * original reporting or research, or a report that repeats others ("relay", which must say what it rests on).
 */
export const sourceKind = z.enum([
  'company',
  'counterparty',
  'official-record',
  'official-statement',
  'reporting',
  'relay',
]);
export type SourceKind = z.infer<typeof sourceKind>;
export const source = z.strictObject({
  id,
  title: z.string().min(3),
  publisher: z.string().min(2),
  /** The language its title is in, as a BCP 47 tag ("fr", "da"); English when left out. Titles stay in
   * their own language in every edition, marked with it. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "fr", "da" or "zh-Hans"')
    .optional(),
  kind: sourceKind,
  /** The agent behind it, an id from entities.json; otherwise the publisher is the agent. */
  by: id.optional(),
  /** How a "how we know" line names it where it is a root: "Tiandy's own posts", "US officials". */
  name: z.string().min(2).optional(),
  /** The sources its content rests on (ids); none when it is a root: its own reporting or statement. */
  restsOn: z.array(id).optional(),
  /** This record is a copy (mirror, reprint) of another source record, and counts as that source. */
  copyOf: id.optional(),
  /** The outlet whose copy `url` is, when the original was not found: "Yahoo News". */
  via: z.string().min(2).optional(),
  /** false: known only through the sources that rest on it, not read by us; `url` may then be left out. */
  seen: z.literal(false).optional(),
  /**
   * Where the words this record's citers put in quotation marks were read: on the original page, or on a
   * faithful copy of it (a syndication, a reprint, an official copy). Leave it out when the words were read
   * only in a translation or a rewritten copy, or not at all: the data check then refuses any quotation of
   * three words or more that cites only records without it (src/lib/data/quoteCheck.ts).
   */
  quotesReadOn: z.enum(['original', 'faithful-copy']).optional(),
  /** true: a counterparty's own denial of the claim (kind "counterparty" only). */
  denial: z.literal(true).optional(),
  /** Leave out only when the source carries no date at all, and say so in dateNote. */
  date: partialDate.optional(),
  /** Free text when the date is inferred or a range, e.g. "inferred from the text". */
  dateNote: z.string().optional(),
  /** The address read; required unless "seen" is false. */
  url: url.optional(),
  /** More addresses for the same source (mirrors, a second article of one cluster). */
  moreUrls: z.array(url).optional(),
  archiveUrl: url.optional(),
  accessed: partialDate.optional(),
  /** What this source is used for, or a caveat about it. */
  note: z.string().optional(),
});
export const sourcesFile = z.strictObject({ $schema: schemaRef, sources: z.array(source).min(1) });
export type Source = z.infer<typeof source>;

// ---- entities.json
export const entityKind = z.enum(['company', 'government', 'person', 'ngo', 'media']);
export type EntityKind = z.infer<typeof entityKind>;
export const entity = z.strictObject({
  id,
  name: z.string().min(2),
  /** What the diagram prints when space is tight. */
  shortName: z.string().min(2).optional(),
  kind: entityKind,
  /** Where the entity is based, as ISO 3166-1 alpha-3. */
  country: iso3.optional(),
  /** One line on the entity's role in the story. */
  role: z.string().min(3),
  /** Pinned position in the diagram, 0–1 of its width and height (optional; otherwise laid out). */
  pin: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
});
export const entitiesFile = z.strictObject({ $schema: schemaRef, entities: z.array(entity).min(1) });
export type Entity = z.infer<typeof entity>;

// ---- relationships.json
export const relationshipType = z.enum([
  'supplies',
  /** Tiandy's own account that it supplies someone (claimed links): printed "says it supplies". */
  'says-it-supplies',
  'sells-to',
  /** A sale that one origin reports (single-source links): printed "reportedly sells to". */
  'reportedly-sells-to',
  'partners-with',
  'awards',
  'contracts-with',
  'ends-business-with',
  'equipment-found-at',
  /** Equipment that Tiandy's own publicity places somewhere (claimed links). */
  'equipment-reported-at',
  'operates-office-in',
  'claims-project-at',
  'denies',
  'leads',
  'investigates',
  'reports-on',
  'urges-action-on',
  'lists',
  'weighs-sanctions-on',
  /** A forecast, not a decision: printed "does not anticipate sanctions on". */
  'does-not-anticipate-sanctions-on',
  'restricts',
  'distributes',
  'publishes-claim-of',
  'rebuts',
  'documents',
]);
export type RelationshipType = z.infer<typeof relationshipType>;
export const relationship = z.strictObject({
  id,
  from: id,
  to: id,
  type: relationshipType,
  /** The claim in a few words, as the diagram prints it on the link: "supplied processors". */
  label: z.string().min(3),
  /** One or two sentences for the card. */
  detail: markup.optional(),
  date: partialDate.optional(),
  endDate: partialDate.optional(),
  status,
  sources: sourceIds,
});
export const relationshipsFile = z.strictObject({
  $schema: schemaRef,
  relationships: z.array(relationship).min(1),
});
export type Relationship = z.infer<typeof relationship>;

// ---- footprint.json
export const place = z.strictObject({
  id,
  name: z.string().min(2),
  /** What is there: "Headquarters", "Office", "Claimed camera project". */
  role: z.string().min(3),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  status,
  sources: sourceIds,
});
export const presenceKind = z.enum([
  'headquarters',
  'sales-and-projects',
  'claimed-project',
  'named-export-market',
  'reseller',
]);
export type PresenceKind = z.infer<typeof presenceKind>;
export const country = z.strictObject({
  iso3,
  /** The country's name as the page prints it. */
  name: z.string().min(2),
  kind: presenceKind,
  /** What ties Tiandy to the country, in a sentence (markup). */
  presence: markup,
  status,
  since: partialDate.optional(),
  until: partialDate.optional(),
  /** When the dates are uncertain: "undated", "claim on Tiandy's site as of late 2022". */
  dateNote: z.string().optional(),
  places: z.array(place).optional(),
  sources: sourceIds,
});
export const countClaim = z.strictObject({
  id,
  /** The number claimed ("more than 60" → 60). */
  count: z.number().int().positive(),
  /** The company's own wording, short, as a quote. */
  wording: z.string().min(3),
  date: partialDate,
  status,
  sources: sourceIds,
});
export const footprintFile = z.strictObject({
  $schema: schemaRef,
  claims: z.array(countClaim).min(1),
  countries: z.array(country).min(1),
});
export type Country = z.infer<typeof country>;
export type Place = z.infer<typeof place>;
export type CountClaim = z.infer<typeof countClaim>;

// ---- events.json
export const lane = z.enum([
  'company',
  'reporting',
  'us-congress',
  'us-executive',
  'other-governments',
  'context',
]);
export type Lane = z.infer<typeof lane>;
export const event = z.strictObject({
  id,
  date: partialDate,
  endDate: partialDate.optional(),
  /** Set when the date is inferred rather than printed by a source. */
  dateNote: z.string().optional(),
  /** A few words for the axis: "Entity List". */
  title: z.string().min(3).max(48, 'keep titles to 48 characters; put the rest in "text"'),
  /** What happened, in a sentence or two (markup). */
  text: markup,
  lane,
  actors: z.array(id).min(1, 'name at least one actor from entities.json'),
  status,
  sources: sourceIds,
});
export const eventsFile = z.strictObject({ $schema: schemaRef, events: z.array(event).min(1) });
export type Event = z.infer<typeof event>;

// ---- measures.json
/** How a government's measure reaches Tiandy (government-measures research): it names Tiandy; its own
 * definition takes Tiandy in; it names other makers only; it names none; or it is a reaction to others'. */
export const reach = z.enum(['names-tiandy', 'covers-by-terms', 'names-other-makers', 'general', 'reaction']);
export type Reach = z.infer<typeof reach>;
/** Where the measure stands, as the research gives it. */
export const stage = z.enum([
  'in-force',
  'ongoing',
  'adopted',
  'done',
  'decided',
  'announced',
  'requested',
  'under-review',
  'lapsed',
  'statement',
]);
export type Stage = z.infer<typeof stage>;
/** How far the measure's key passage was read: on the official page, in a faithful copy, or only in reports. */
export const sourcedAs = z.enum(['original', 'official-copy', 'reporting']);
export type SourcedAs = z.infer<typeof sourcedAs>;
export const measure = z.strictObject({
  id,
  /** The government's country; left out only for a body above countries (the European Parliament). */
  iso3: iso3.optional(),
  /** The country's name as the page prints it; with "iso3". */
  country: z.string().min(2).optional(),
  /** national, subnational (a state, a province, a region) or supranational. */
  scope: z.enum(['national', 'subnational', 'supranational']),
  /** The place below or above the country: "Louisiana", "Québec", "Xinjiang", "European Parliament". */
  area: z.string().min(2).optional(),
  /** The government body that acted: "Commerce Department (BIS)". */
  body: z.string().min(2),
  /** A few words for the card's heading: "Entity List". */
  title: z.string().min(3).max(60, 'keep titles to 60 characters; put the rest in "does"'),
  /** The date the map and card give, as precise as the evidence. */
  date: partialDate,
  /** What that date is: "effective", "announced", "introduced". */
  dateKind: z.string().min(3),
  /** The measure's other dates, in words. */
  dateNote: z.string().optional(),
  /** What the measure does, in a sentence (plain text, our words). */
  does: z.string().min(10),
  /** The makers the measure names, as the research lists them. */
  makers: z.array(z.string().min(2)).optional(),
  reach,
  /** For "covers-by-terms", the measure's own words that take Tiandy in; otherwise how the reach is read. */
  reachNote: z.string().optional(),
  stage,
  /** The research's words on where the measure stands: "Proposed only; lapsed with the 118th Congress". */
  stageNote: z.string().optional(),
  /** How far its key passage was read (original, official-copy or reporting). */
  sourcedAs,
  /** What of the measure's own text was not read, in a sentence; say so wherever it applies. */
  notRead: z.string().optional(),
  status,
  sources: sourceIds,
});
export const measuresFile = z.strictObject({ $schema: schemaRef, measures: z.array(measure) });
export type Measure = z.infer<typeof measure>;

// ---- story.json
export const region = z.enum(['world', 'middle-east', 'china', 'europe', 'north-america', 'asia']);
export type Region = z.infer<typeof region>;
export const mapView = z.strictObject({
  chart: z.literal('map'),
  region: region.default('world').optional(),
  /** ISO3 codes to emphasise. */
  highlight: z.array(iso3).optional(),
  /** Show only countries with these statuses. */
  statuses: z.array(status).optional(),
  /** Draw the "60+ claimed vs N documented" comparison. */
  showClaim: z.boolean().optional(),
  /** What the map draws: Tiandy's footprint (default), or governments' measures (measures.json). */
  layer: z.enum(['footprint', 'measures']).optional(),
  /** In the measures layer, only measures that reach Tiandy in these ways. */
  reach: z.array(reach).optional(),
});
export const networkView = z.strictObject({
  chart: z.literal('network'),
  /** Entity ids the view may show; all when absent. Each must have a relationship the view draws. */
  nodes: z.array(id).optional(),
  /** Entity or relationship ids to emphasise. */
  highlight: z.array(id).optional(),
  /** The relationships the view draws, revealed in this order (later ones fade in after earlier ones);
   * when absent, every relationship between its nodes. */
  reveal: z.array(id).optional(),
});
export const timelineView = z.strictObject({
  chart: z.literal('timeline'),
  from: partialDate.optional(),
  to: partialDate.optional(),
  highlight: z.array(id).optional(),
  lanes: z.array(lane).optional(),
});
export const view = z.discriminatedUnion('chart', [mapView, networkView, timelineView]);
export type MapView = z.infer<typeof mapView>;
export type NetworkView = z.infer<typeof networkView>;
export type TimelineView = z.infer<typeof timelineView>;
export type View = z.infer<typeof view>;
export type ChartName = View['chart'];

export const step = z.strictObject({ id, text: markup, view });
export const section = z.strictObject({
  id,
  title: z.string().min(2),
  /** Paragraphs before the steps (markup). */
  intro: z.array(markup).optional(),
  steps: z.array(step).min(1),
});
export const figure = z.strictObject({
  title: z.string().min(3),
  /** One line under the title. */
  description: z.string().min(3),
  /** Alt text for the chart's first state. */
  alt: z.string().min(10),
});
export const openQuestion = z.strictObject({ id, text: markup, sources: z.array(id).optional() });
/** A dated note of a substantive change to the published story. */
export const update = z.strictObject({ date: partialDate, text: markup });
/** What came back: a reply, a refusal to comment, silence, or a statement nobody asked for. */
export const answer = z.enum(['replied', 'declined', 'no-reply', 'statement']);
export type Answer = z.infer<typeof answer>;
/** The value of "askedBy" for a request this story's own newsroom made. */
export const thisNewsroom = 'this-newsroom';
/**
 * What a party named in the story said in reply, or that it did not reply (right of reply): one request
 * for comment and what came back, or a public statement ("answer": "statement", no "askedBy").
 */
export const response = z.strictObject({
  id,
  /** Who: an id from entities.json. */
  party: id,
  /** Who asked: "this-newsroom" (this story's own request), or the outlet's id from entities.json. */
  askedBy: id.optional(),
  answer,
  /** When the request was made or answered, as precisely as known. */
  date: partialDate.optional(),
  text: markup,
  sources: sourceIds,
});
export const storyFile = z.strictObject({
  $schema: schemaRef,
  headline: z.string().min(10),
  dek: z.string().min(10),
  byline: z.string().min(2),
  published: partialDate,
  updated: partialDate.optional(),
  /** Why the story matters now: one or two sentences under the dek (markup). */
  whyNow: markup.optional(),
  /** "What we found": short bullet points (markup). */
  summary: z.array(markup).min(1),
  sections: z.array(section).min(1),
  /** Each chart's figure; `measures` is the map's measures view (its steps and embeds). */
  figures: z.strictObject({ map: figure, network: figure, timeline: figure, measures: figure.optional() }),
  /** "What it adds up to": the closing card after the last step, a few short paragraphs (markup). */
  conclusion: z.array(markup).optional(),
  openQuestions: z.array(openQuestion).min(1),
  /** How the story was reported: paragraphs (markup). */
  methods: z.array(markup).optional(),
  /** Substantive changes since publication, newest last. */
  updates: z.array(update).optional(),
  /** Right of reply: each party's response, or its silence, as the sources record it. */
  responses: z.array(response).optional(),
});
export type Step = z.infer<typeof step>;
export type Section = z.infer<typeof section>;
export type Figure = z.infer<typeof figure>;
export type OpenQuestion = z.infer<typeof openQuestion>;
export type Update = z.infer<typeof update>;
export type Response = z.infer<typeof response>;
export type Story = z.infer<typeof storyFile>;

/** Every data file, keyed by its name in data/. */
export const fileSchemas = {
  'sources.json': sourcesFile,
  'entities.json': entitiesFile,
  'relationships.json': relationshipsFile,
  'footprint.json': footprintFile,
  'events.json': eventsFile,
  'measures.json': measuresFile,
  'story.json': storyFile,
} as const;
export type DataFileName = keyof typeof fileSchemas;

export interface Dataset {
  sources: Source[];
  entities: Entity[];
  relationships: Relationship[];
  claims: CountClaim[];
  countries: Country[];
  events: Event[];
  measures: Measure[];
  story: Story;
}
