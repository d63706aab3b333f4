// The dataset as flat tables, for the CSV downloads. Lists are joined with "; " and markup becomes plain text.
import { citationIds } from './provenance';
import { plainText } from './markup';
import type { Dataset } from './schema';

type Cell = string | number | undefined;
export interface Table {
  columns: string[];
  rows: Cell[][];
}

const list = (xs: string[] | undefined) => (xs ?? []).join('; ');

export function datasetTables(
  d: Dataset,
): Record<'countries' | 'relationships' | 'events' | 'sources', Table> {
  return {
    countries: {
      columns: [
        'iso3',
        'name',
        'kind',
        'presence',
        'status',
        'since',
        'until',
        'date_note',
        'places',
        'sources',
      ],
      rows: d.countries.map((c) => [
        c.iso3,
        c.name,
        c.kind,
        plainText(c.presence),
        c.status,
        c.since,
        c.until,
        c.dateNote,
        list(c.places?.map((p) => `${p.name} (${p.role})`)),
        list(citationIds(c.sources)),
      ]),
    },
    relationships: {
      columns: ['id', 'from', 'type', 'to', 'label', 'detail', 'date', 'end_date', 'status', 'sources'],
      rows: d.relationships.map((r) => [
        r.id,
        r.from,
        r.type,
        r.to,
        r.label,
        r.detail ? plainText(r.detail) : undefined,
        r.date,
        r.endDate,
        r.status,
        list(citationIds(r.sources)),
      ]),
    },
    events: {
      columns: [
        'id',
        'date',
        'end_date',
        'date_note',
        'lane',
        'title',
        'text',
        'actors',
        'status',
        'sources',
      ],
      rows: d.events.map((e) => [
        e.id,
        e.date,
        e.endDate,
        e.dateNote,
        e.lane,
        e.title,
        plainText(e.text),
        list(e.actors),
        e.status,
        list(citationIds(e.sources)),
      ]),
    },
    sources: {
      columns: ['id', 'title', 'publisher', 'date', 'date_note', 'url', 'more_urls', 'archive_url', 'note'],
      rows: d.sources.map((s) => [
        s.id,
        s.title,
        s.publisher,
        s.date,
        s.dateNote,
        s.url,
        list(s.moreUrls),
        s.archiveUrl,
        s.note,
      ]),
    },
  };
}

/** RFC 4180 CSV: quotes fields with commas, quotes or line breaks; CRLF line ends. */
export function toCsv({ columns, rows }: Table): string {
  const field = (v: Cell) => {
    const s = v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
