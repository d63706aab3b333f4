// The files "Get the data" offers. scripts/downloads.ts writes them into the built site's data/ folder;
// the page and the embeds link to the same list. (Kept apart from tables.ts, which the browser must not
// load; tests/unit/downloads.test.ts checks the two agree.)
export interface Download {
  file: string;
  label: string;
  format: string;
}

export const downloads: Download[] = [
  { file: 'tiandy-dataset.json', label: 'Everything, as one JSON file', format: 'JSON' },
  { file: 'countries.csv', label: 'Countries tied to Tiandy', format: 'CSV' },
  { file: 'entities.csv', label: 'The actors', format: 'CSV' },
  { file: 'relationships.csv', label: 'Relationships between the actors', format: 'CSV' },
  { file: 'events.csv', label: 'Timeline events', format: 'CSV' },
  { file: 'measures.csv', label: "Governments' measures", format: 'CSV' },
  { file: 'sources.csv', label: 'Sources', format: 'CSV' },
  {
    file: 'datapackage.json',
    label: 'What each CSV column holds (Frictionless data package)',
    format: 'JSON',
  },
];
