// The dataset as flat tables: one definition per CSV, from which the CSV downloads, the import of an
// edited CSV (scripts/import-data.ts) and the data package's Table Schemas (datapackage.ts) are all made.
// A column names a field of the record's zod schema; how its cells are written and read follows from the
// field's type (cells.ts), so a field added to schema.ts needs only its column added here.
import { csvFormatRow } from 'd3-dsv';
import type { z } from 'zod';
import { citations, codecFor, guardCell, list, takesOverrides, text, type Codec } from './cells.ts';
import { patternOf, unwrap, type Schema } from './issues.ts';
import {
  country,
  entity,
  event,
  id as idSchema,
  measure,
  relationship,
  source,
  type DataFileName,
  type Dataset,
} from './schema.ts';

export interface Column {
  /** The CSV header: the field's key in snake_case ("dateNote" → "date_note"). */
  name: string;
  /** The field's key in the JSON record. */
  key: string;
  codec: Codec;
  description: string;
  /** Every record needs a value. */
  required: boolean;
  /** Worked out from fields the CSV does not carry; the import checks it is unchanged and never writes it. */
  derive?: (record: Record<string, unknown>) => unknown;
  /** A field the data model does not have yet: its cells stay empty until it does. */
  planned?: boolean;
}

export interface TableDef {
  /** The CSV is `${name}.csv`. */
  name: 'countries' | 'entities' | 'relationships' | 'events' | 'measures' | 'sources';
  title: string;
  description: string;
  /** The data file and the list in it that holds the records. */
  file: DataFileName;
  list: string;
  /** The field that identifies a record: rows are matched to records by it. */
  key: string;
  columns: Column[];
  records: (d: Dataset) => object[];
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/** A record's schema, whose fields become columns. */
type Shape = z.ZodObject;
type Spec = string | [key: string, options: Partial<Column> & { fallback?: Codec }];

/** The columns of a record schema, in CSV order; each described for the data package. */
function columns(record: Shape, descriptions: Record<string, string>, specs: Spec[]): Column[] {
  const shape = record.shape as Record<string, Schema>;
  return specs.map((spec) => {
    const [key, options] = typeof spec === 'string' ? [spec, {}] : spec;
    const field = shape[key];
    const { fallback, ...rest } = options as Partial<Column> & { fallback?: Codec };
    const codec =
      rest.codec ??
      (field && key === 'sources'
        ? citations(idPattern, takesOverrides(field))
        : field
          ? codecFor(field)
          : fallback);
    if (!codec) throw new Error(`tables.ts: no cell codec for "${key}"`);
    const description = descriptions[key];
    if (!description) throw new Error(`tables.ts: describe the column "${key}"`);
    return {
      name: snake(key),
      key,
      codec,
      description,
      required: !!field && !rest.derive && unwrap(field) === field,
      planned: !field && !rest.derive,
      ...rest,
    };
  });
}

const idPattern = patternOf(idSchema)!;
const markup =
  "Text in the story's markup: *emphasis*, **strong**, [label](https://…) and source citations in brackets, like [nbc-2022-12].";
const citationNote = 'Ids from sources.csv, separated by "; ".';

export const tableDefs: TableDef[] = [
  {
    name: 'countries',
    title: 'Countries tied to Tiandy',
    description:
      'One row per country where public records place Tiandy (footprint.json), with how strong the evidence is.',
    file: 'footprint.json',
    list: 'countries',
    key: 'iso3',
    records: (d) => d.countries,
    columns: columns(
      country as unknown as Shape,
      {
        iso3: 'ISO 3166-1 alpha-3 code of the country, in capitals.',
        name: "The country's name as the page prints it.",
        kind: 'What ties Tiandy to the country.',
        presence: `What ties Tiandy to the country, in a sentence. ${markup}`,
        status:
          "How strong the evidence is: confirmed, claimed (Tiandy's own word), single-source or denied.",
        since: 'Since when, as precise as the evidence: 2018, 2022-12 or 2022-12-15.',
        until: 'Until when, as precise as the evidence.',
        dateNote: 'When the dates are uncertain, why.',
        places:
          'Places on the map, "name (role)", separated by "; ". Read-only here: edit places in footprint.json.',
        sources: citationNote,
      },
      [
        'iso3',
        'name',
        'kind',
        'presence',
        'status',
        'since',
        'until',
        'dateNote',
        [
          'places',
          {
            codec: text,
            derive: (c) =>
              list(text).write(
                (c.places as { name: string; role: string }[] | undefined)?.map(
                  (p) => `${p.name} (${p.role})`,
                ),
              ) || undefined,
          },
        ],
        'sources',
      ],
    ),
  },
  {
    name: 'entities',
    title: 'Actors: companies, government bodies, people, NGOs and media',
    description: 'The actors of the relationship diagram and the timeline (entities.json).',
    file: 'entities.json',
    list: 'entities',
    key: 'id',
    records: (d) => d.entities,
    columns: columns(
      entity as unknown as Shape,
      {
        id: "The actor's id: lowercase words joined by dashes. Relationships and events name it.",
        name: "The actor's name.",
        shortName: 'What the diagram prints when space is tight.',
        kind: 'What kind of actor it is.',
        country: 'Where the actor is based: ISO 3166-1 alpha-3 code.',
        role: "One line on the actor's role in the story.",
      },
      ['id', 'name', 'shortName', 'kind', 'country', 'role'],
    ),
  },
  {
    name: 'relationships',
    title: 'Relationships between the actors',
    description: 'Directed links between two actors, from → to (relationships.json).',
    file: 'relationships.json',
    list: 'relationships',
    key: 'id',
    records: (d) => d.relationships,
    columns: columns(
      relationship as unknown as Shape,
      {
        id: "The relationship's id: lowercase words joined by dashes.",
        from: 'The actor it starts from: an id from entities.csv.',
        type: 'What kind of link it is.',
        to: 'The actor it goes to: an id from entities.csv.',
        label: 'The claim in a few words, as the diagram prints it on the link.',
        detail: `One or two sentences for the card. ${markup}`,
        date: 'When it started, as precise as the evidence: 2018, 2022-12 or 2022-12-15.',
        endDate: 'When it ended, as precise as the evidence.',
        status:
          "How strong the evidence is: confirmed, claimed (Tiandy's own word), single-source or denied.",
        sources: citationNote,
      },
      ['id', 'from', 'type', 'to', 'label', 'detail', 'date', 'endDate', 'status', 'sources'],
    ),
  },
  {
    name: 'events',
    title: 'Timeline events',
    description: 'The dated timeline: business, reporting and policy events (events.json).',
    file: 'events.json',
    list: 'events',
    key: 'id',
    records: (d) => d.events,
    columns: columns(
      event as unknown as Shape,
      {
        id: "The event's id: lowercase words joined by dashes.",
        date: 'When it happened, as precise as the evidence: 2018, 2022-12 or 2022-12-15.',
        endDate: 'When it ended, for an event that lasted.',
        dateNote: 'Set when the date is inferred rather than printed by a source.',
        lane: "The timeline's lane.",
        title: 'A few words for the axis, at most 48 characters.',
        text: `What happened, in a sentence or two. ${markup}`,
        actors: 'Ids from entities.csv, separated by "; ".',
        status:
          "How strong the evidence is: confirmed, claimed (Tiandy's own word), single-source or denied.",
        sources: citationNote,
      },
      ['id', 'date', 'endDate', 'dateNote', 'lane', 'title', 'text', 'actors', 'status', 'sources'],
    ),
  },
  {
    name: 'measures',
    title: "Governments' measures on Chinese surveillance cameras",
    description:
      'One row per government measure on Chinese-made surveillance equipment, or Chinese reaction to one (measures.json), with how it reaches Tiandy, where it stands and how well it is sourced.',
    file: 'measures.json',
    list: 'measures',
    key: 'id',
    records: (d) => d.measures,
    columns: columns(
      measure as unknown as Shape,
      {
        id: "The measure's id: lowercase words joined by dashes.",
        iso3: "The government's country: ISO 3166-1 alpha-3 code; empty for a body above countries.",
        country: "The country's name as the page prints it.",
        scope: 'national, subnational (a state, province or region) or supranational.',
        area: 'The place below or above the country the measure covers: "Louisiana", "European Parliament".',
        body: 'The government body that acted.',
        title: 'A few words for the card, at most 60 characters.',
        date: 'The date the map gives, as precise as the evidence: 2018, 2022-12 or 2022-12-15.',
        dateKind: 'What that date is: effective, announced, introduced…',
        dateNote: "The measure's other dates, in words.",
        does: 'What the measure does, in a sentence (plain text).',
        makers: 'The makers the measure names, separated by "; ".',
        reach:
          'How it reaches Tiandy: names-tiandy, covers-by-terms (its own words take Tiandy in), names-other-makers, general or reaction.',
        reachNote: 'For covers-by-terms, the words that take Tiandy in; otherwise how the reach is read.',
        stage:
          'Where it stands: in-force, ongoing, adopted, done, decided, announced, requested, under-review, lapsed or statement.',
        stageNote: 'Where it stands, in words.',
        sourcedAs:
          'How far its key passage was read: original (the official page), official-copy (a faithful copy) or reporting.',
        notRead: "What of the measure's own text was not read.",
        status:
          'How strong the evidence is that the measure was taken as described: confirmed, claimed, single-source or denied.',
        sources: citationNote,
      },
      [
        'id',
        'iso3',
        'country',
        'scope',
        'area',
        'body',
        'title',
        'date',
        'dateKind',
        'dateNote',
        'does',
        'makers',
        'reach',
        'reachNote',
        'stage',
        'stageNote',
        'sourcedAs',
        'notRead',
        'status',
        'sources',
      ],
    ),
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Every source a fact rests on (sources.json). Records cite them by id.',
    file: 'sources.json',
    list: 'sources',
    key: 'id',
    records: (d) => d.sources,
    columns: columns(
      source as unknown as Shape,
      {
        id: "The source's id: lowercase words joined by dashes, e.g. publisher and date.",
        kind: 'What the source is: company, counterparty, official-record, official-statement, reporting or relay.',
        title: 'The title of the article, document or page.',
        publisher: 'Who published it.',
        lang: 'The language of its title, as a tag like fr, da or nl; empty for English.',
        by: 'The actor whose material it is: an id from entities.csv.',
        name: 'A name for the source where its title does not say it.',
        date: 'Its date, as precise as it gives it: 2018, 2022-12 or 2022-12-15.',
        dateNote: 'When the date is inferred or a range, how.',
        url: 'Its web address.',
        seen: 'false when we have not seen the source itself (then the web address may be empty).',
        moreUrls: 'More addresses for the same source, separated by "; ".',
        archiveUrl: "An archived copy's address.",
        accessed: 'When we last read it.',
        via: 'How we know of it, when we have not seen it.',
        copyOf: 'The source this one repeats: an id from this table.',
        restsOn: 'The sources this one rests on: ids from this table, separated by "; ".',
        denial: "true when the source is a named party's denial.",
        note: 'What the source is used for, or a caveat.',
      },
      [
        'id',
        'kind',
        'title',
        'publisher',
        'lang',
        'by',
        'name',
        'date',
        'dateNote',
        'url',
        'seen',
        'moreUrls',
        'archiveUrl',
        'accessed',
        'via',
        'copyOf',
        'restsOn',
        'denial',
        'note',
      ],
    ),
  },
];

export const tableByName = (name: string) => tableDefs.find((t) => t.name === name);

// ---- the downloads

type Cell = string | number | undefined;
export interface Table {
  columns: string[];
  rows: Cell[][];
}

/** The value a column shows for a record. */
export const cellOf = (column: Column, record: Record<string, unknown>): string =>
  column.codec.write(column.derive ? column.derive(record) : record[column.key]);

export function datasetTables(d: Dataset): Record<TableDef['name'], Table> {
  return Object.fromEntries(
    tableDefs.map((t) => [
      t.name,
      {
        columns: t.columns.map((c) => c.name),
        rows: t.records(d).map((r) => t.columns.map((c) => cellOf(c, r as Record<string, unknown>))),
      },
    ]),
  ) as Record<TableDef['name'], Table>;
}

/**
 * RFC 4180 CSV (d3-dsv quotes fields with commas, quotes or line breaks; CRLF line ends), every cell
 * guarded against running as a spreadsheet formula (cells.ts).
 */
export function toCsv({ columns, rows }: Table): string {
  const line = (cells: Cell[]) => csvFormatRow(cells.map((v) => guardCell(v === undefined ? '' : String(v))));
  return [columns, ...rows].map(line).join('\r\n') + '\r\n';
}
