// The data package (Frictionless Data Package v1) the build writes to /data/datapackage.json: what each CSV
// download holds, as a Table Schema made from the same table definitions as the CSVs themselves (tables.ts),
// plus the JSON dataset. Tools such as frictionless-py, Open Data Editor or R's frictionless read the CSVs
// with the right types from it. The package is a plain "data-package": the "tabular-data-package" profile
// requires every resource to be a table, and the JSON dataset is not one; each resource names its own
// profile instead (the CSVs "tabular-data-resource", the JSON "data-resource").
import type { Dataset } from './schema.ts';
import { tableDefs } from './tables.ts';

export const dataPackageFile = 'datapackage.json';
export const datasetFile = 'tiandy-dataset.json';

/** The downloads guard cells that a spreadsheet would run as a formula (cells.ts). */
const guardNote =
  'A text cell that would start with =, +, -, @, a tab or a carriage return is written after a single quote, so that spreadsheets never run it as a formula; leave the quote out when reading it as data.';

export function dataPackage(d: Dataset): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'tiandy-dataset',
    title: d.story.headline,
    description: d.story.dek,
    version: d.story.updated ?? d.story.published,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    // The sources of the data are the dataset's own sources.
    sources: d.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    resources: [
      ...tableDefs.map((t) => ({
        profile: 'tabular-data-resource',
        name: t.name,
        path: `${t.name}.csv`,
        title: t.title,
        description: `${t.description} ${guardNote}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: t.columns.map((c) => {
            const constraints = {
              ...(c.key === t.key ? { required: true, unique: true } : c.required ? { required: true } : {}),
              ...c.codec.field.constraints,
            };
            return {
              name: c.name,
              ...c.codec.field,
              description: c.description + (c.planned ? ' (Not in the data yet: empty.)' : ''),
              ...(Object.keys(constraints).length ? { constraints } : {}),
            };
          }),
          primaryKey: t.columns.find((c) => c.key === t.key)!.name,
          missingValues: [''],
          ...(t.name === 'relationships'
            ? {
                foreignKeys: ['from', 'to'].map((f) => ({
                  fields: f,
                  reference: { resource: 'entities', fields: 'id' },
                })),
              }
            : {}),
        },
      })),
      {
        profile: 'data-resource',
        name: 'dataset',
        path: datasetFile,
        title: 'Everything, as one JSON file',
        description:
          "Every record the story draws (sources, entities, relationships, claims, countries with their places, events, governments' measures), as in the data files.",
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  };
}
